package org.unionstats.scheduling;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the scheduler, under {@code unionstats.scheduling.*}.
 *
 * @param jobsDir the folder holding one YAML file per scheduled job
 * @param group the Quartz group owning the jobs and triggers made from that folder
 */
@ConfigurationProperties("unionstats.scheduling")
public record SchedulingProperties(@DefaultValue("./jobs") Path jobsDir, @DefaultValue("unionstats") String group) {

}
