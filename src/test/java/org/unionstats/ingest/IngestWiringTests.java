package org.unionstats.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest job is wired one way: its steps' pieces are plain classes that the job's
 * configurations make (as scoped beans where they take job or step values), never
 * components that wire themselves.
 */
class IngestWiringTests {

	@Test
	void noReaderWriterListenerPartitionerOrTaskletOfTheJobIsAComponent() {
		List<String> pieces = stepPieces();

		assertThat(pieces).contains(StagingGroupReader.class.getName(), StagingItemWriter.class.getName(),
				ClaimFilesTasklet.class.getName(), ClaimedSubmissionPartitioner.class.getName(),
				StepTotalListener.class.getName());
		assertThat(pieces).allSatisfy((name) -> assertThat(annotationsOf(name)).as(name)
			.noneMatch((annotation) -> annotation.startsWith("org.springframework.stereotype.")
					|| annotation.startsWith("org.springframework.batch.core.configuration.annotation.")));
	}

	private static List<String> stepPieces() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return !definition.getMetadata().isInterface();
			}

		};
		for (Class<?> piece : List.of(ItemReader.class, ItemWriter.class, StepExecutionListener.class,
				Partitioner.class, Tasklet.class)) {
			scanner.addIncludeFilter(new AssignableTypeFilter(piece));
		}
		return scanner.findCandidateComponents(IngestWiringTests.class.getPackageName())
			.stream()
			.filter((definition) -> !definition.getBeanClassName().endsWith("Tests"))
			.map((definition) -> definition.getBeanClassName())
			.toList();
	}

	private static List<String> annotationsOf(String className) {
		try {
			return List.of(Class.forName(className).getAnnotations())
				.stream()
				.map((annotation) -> annotation.annotationType().getName())
				.toList();
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
