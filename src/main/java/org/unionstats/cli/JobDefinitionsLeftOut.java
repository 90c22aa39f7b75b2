package org.unionstats.cli;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Leaves the Spring Batch job definitions out of the context of a command that runs no
 * job: the configurations that declare step- or job-scoped beans, and those beans. Each
 * scoped bean is a proxy of a class generated at start, which cost {@code status} more
 * than its own queries.
 */
final class JobDefinitionsLeftOut extends TypeExcludeFilter {

	private static final String STEP_SCOPE = StepScope.class.getName();

	private static final String JOB_SCOPE = JobScope.class.getName();

	private static final String BEAN = Bean.class.getName();

	private static final String JOB = Job.class.getName();

	private static final String STEP = Step.class.getName();

	static void register(ConfigurableApplicationContext context) {
		context.getBeanFactory().registerSingleton(JobDefinitionsLeftOut.class.getName(), new JobDefinitionsLeftOut());
	}

	@Override
	public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory) {
		AnnotationMetadata metadata = metadataReader.getAnnotationMetadata();
		return metadata.hasAnnotation(STEP_SCOPE) || metadata.hasAnnotation(JOB_SCOPE)
				|| metadata.hasAnnotatedMethods(STEP_SCOPE) || metadata.hasAnnotatedMethods(JOB_SCOPE)
				|| declaresJobsOrSteps(metadata);
	}

	/** A configuration of a job's steps, whose scoped parts may live in another class. */
	private static boolean declaresJobsOrSteps(AnnotationMetadata metadata) {
		return metadata.getAnnotatedMethods(BEAN)
			.stream()
			.anyMatch((method) -> JOB.equals(method.getReturnTypeName()) || STEP.equals(method.getReturnTypeName()));
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
