package org.unionstats.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import org.unionstats.scheduling.ScheduleReport;
import org.unionstats.scheduling.SchedulingProperties;

/**
 * {@code serve}: Run the scheduler and the HTTP endpoints until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Run the scheduler (jobs/ folder), the web console and the HTTP endpoints (health, metrics) until stopped "
				+ "(SIGTERM or Ctrl+C; a running job is finished first).")
final class ServeCommand implements Callable<Integer> {

	private final ApplicationStarter starter;

	private final PrintWriter out;

	ServeCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() throws InterruptedException {
		FileNameEncoding.requireUtf8();
		ConfigurableApplicationContext context = this.starter.startServing(WebApplicationType.SERVLET, "serve");
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		if (context.isActive()) {
			printStarted(context);
		}
		// Boot's shutdown hook closes the context on SIGTERM/SIGINT, finishing a running
		// job.
		while (context.isActive() && !closed.await(1, TimeUnit.SECONDS)) {
			// Polls too, in case the context closed before the listener was added.
		}
		this.out.println("unionstats: stopped");
		return 0;
	}

	private void printStarted(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		String base = "http://localhost:" + port + "/actuator";
		this.out.printf(
				"unionstats: serving on port %d (console http://localhost:%d/, health %s/health, metrics %s/prometheus)%n",
				port, port, base, base);
		List<String> schedule = context.getBean(ScheduleReport.class).lines();
		this.out.printf("unionstats: %d scheduled job(s) from %s:%n", schedule.size(),
				context.getBean(SchedulingProperties.class).jobsDir());
		schedule.forEach((line) -> this.out.println("  " + line));
		this.out.flush();
	}

}
