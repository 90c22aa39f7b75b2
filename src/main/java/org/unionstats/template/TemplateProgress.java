package org.unionstats.template;

/**
 * Told of each template written by a pass over every federation.
 */
@FunctionalInterface
public interface TemplateProgress {

	void written(int done, int total, WrittenTemplate template);

}
