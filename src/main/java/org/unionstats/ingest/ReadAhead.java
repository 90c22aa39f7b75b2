package org.unionstats.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Takes items from a source on a thread of its own, at most {@code capacity} ahead of the
 * consumer: the workbook is parsed while PostgreSQL is still writing the previous chunk.
 * The source is used by that thread alone. A failure of the source reaches the consumer
 * in place of the item it was reading.
 */
final class ReadAhead<T> implements AutoCloseable {

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue;

	private final Thread thread;

	private volatile boolean closed;

	private boolean ended;

	ReadAhead(String name, int capacity, Supplier<? extends T> source) {
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.thread = new Thread(() -> run(source), name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** The next item, or {@code null} once the source has given its last. */
	@SuppressWarnings("unchecked")
	T next() {
		if (this.ended) {
			return null;
		}
		Object next;
		try {
			next = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the next item", ex);
		}
		if (next instanceof Failure failure) {
			this.ended = true;
			throw failure.rethrow();
		}
		if (next == END) {
			this.ended = true;
			return null;
		}
		return (T) next;
	}

	/** Stops the reading thread and waits for it, so that the source can be closed. */
	@Override
	public void close() {
		this.closed = true;
		boolean interrupted = false;
		while (this.thread.isAlive()) {
			// Emptying the queue frees a thread blocked in put(), whether or not the
			// source
			// swallowed the interrupt.
			this.thread.interrupt();
			this.queue.clear();
			try {
				this.thread.join(50);
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void run(Supplier<? extends T> source) {
		try {
			T item;
			do {
				item = source.get();
				this.queue.put((item != null) ? item : END);
			}
			while (item != null && !this.closed);
		}
		catch (InterruptedException ex) {
			// Closed before the end: nobody is waiting for the rest.
		}
		catch (RuntimeException | Error ex) {
			try {
				this.queue.put(new Failure(ex));
			}
			catch (InterruptedException interrupted) {
				// Closed meanwhile.
			}
		}
	}

	private record Failure(Throwable cause) {

		RuntimeException rethrow() {
			if (this.cause instanceof Error error) {
				throw error;
			}
			return (RuntimeException) this.cause;
		}

	}

}
