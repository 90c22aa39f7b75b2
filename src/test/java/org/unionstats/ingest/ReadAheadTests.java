package org.unionstats.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Parsing ahead of the writes changes nothing the step sees: the same items in the same
 * order, the same failure at the same place, and nothing left running after close.
 */
class ReadAheadTests {

	@Test
	void givesTheSourcesItemsInOrderThenNullForGood() {
		try (ReadAhead<Integer> readAhead = new ReadAhead<>("test", 3, countingTo(10))) {
			List<Integer> items = new ArrayList<>();
			for (Integer item = readAhead.next(); item != null; item = readAhead.next()) {
				items.add(item);
			}
			assertThat(items).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
			assertThat(readAhead.next()).isNull();
		}
	}

	@Test
	void aFailingSourceFailsTheReadOfTheItemItCouldNotGive() {
		AtomicInteger count = new AtomicInteger();
		Supplier<Integer> failingAtThree = () -> {
			if (count.incrementAndGet() == 3) {
				throw new IllegalStateException("broken row");
			}
			return count.get();
		};
		try (ReadAhead<Integer> readAhead = new ReadAhead<>("test", 2, failingAtThree)) {
			assertThat(readAhead.next()).isEqualTo(1);
			assertThat(readAhead.next()).isEqualTo(2);
			assertThatIllegalStateException().isThrownBy(readAhead::next).withMessage("broken row");
			assertThat(readAhead.next()).isNull();
		}
	}

	@Test
	void readsNoFurtherThanItsCapacityAhead() throws InterruptedException {
		AtomicInteger produced = new AtomicInteger();
		try (ReadAhead<Integer> readAhead = new ReadAhead<>("test", 5, produced::incrementAndGet)) {
			assertThat(readAhead.next()).isEqualTo(1);
			// five queued, one taken, one more read and waiting for room
			long deadline = System.currentTimeMillis() + 5000;
			while (produced.get() < 7 && System.currentTimeMillis() < deadline) {
				Thread.sleep(10);
			}
			Thread.sleep(100);
			assertThat(produced.get()).isEqualTo(7);
		}
	}

	@Test
	void closeStopsTheReadingThreadEvenWhenTheSourceSwallowsInterrupts() {
		Supplier<Integer> deaf = () -> {
			Thread.interrupted();
			return 1;
		};
		ReadAhead<Integer> readAhead = new ReadAhead<>("deaf", 1, deaf);
		assertThat(readAhead.next()).isEqualTo(1);
		readAhead.close();
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch((thread) -> thread.getName().equals("deaf"));
	}

	private static Supplier<Integer> countingTo(int last) {
		AtomicInteger count = new AtomicInteger();
		return () -> (count.get() < last) ? count.incrementAndGet() : null;
	}

}
