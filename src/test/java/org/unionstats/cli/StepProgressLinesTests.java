package org.unionstats.cli;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.unionstats.ingest.PassStep;

import static org.assertj.core.api.Assertions.assertThat;

class StepProgressLinesTests {

	private final AtomicLong nanos = new AtomicLong();

	private final StepProgressLines lines = new StepProgressLines(this.nanos::get);

	@Test
	void printsTheStartAndTheEndOfAStep() {
		assertThat(this.lines.line(PassStep.STAGING, 0, 3)).hasValue("ingest: staging 0 of 3 file(s)");
		assertThat(this.lines.line(PassStep.STAGING, 3, 3)).hasValue("ingest: staging 3 of 3 file(s)");
	}

	@Test
	void printsAtMostOneLineEveryFewSecondsInBetween() {
		this.lines.line(PassStep.DECIDING, 0, 1000);
		this.nanos.addAndGet(1_000_000_000L);
		assertThat(this.lines.line(PassStep.DECIDING, 10, 1000)).isEmpty();
		this.nanos.addAndGet(5_000_000_000L);
		assertThat(this.lines.line(PassStep.DECIDING, 400, 1000)).hasValue("ingest: deciding 400 of 1000 file(s)");
		assertThat(this.lines.line(PassStep.DECIDING, 401, 1000)).isEmpty();
	}

	@Test
	void saysNothingOfAStepWithoutFiles() {
		assertThat(this.lines.line(PassStep.CLAIMING, 0, 0)).isEmpty();
	}

}
