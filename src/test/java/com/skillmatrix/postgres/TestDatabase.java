package com.skillmatrix.postgres;

import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Which database the Spring tests run on: H2 by default, or PostgreSQL when the system property
 * {@code test.database} is {@code postgres} (Maven's second test run). The cluster starts once for the run.
 * Without PostgreSQL installed those tests are skipped with a message, or fail when the variable {@code CI} is set.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

	private static PostgresCluster shared;

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("test.database"));
	}

	/** The run's shared cluster, started on first use and removed when the tests end. */
	public static synchronized PostgresCluster sharedCluster() {
		if (shared == null) {
			shared = PostgresCluster.start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (postgres()) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase",
					Map.of("spring.datasource.url", sharedCluster().jdbcUrl(), "spring.datasource.username",
							PostgresCluster.USER, "spring.datasource.password", "")));
		}
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!postgres() || PostgresCluster.binaries().isPresent()) {
			return ConditionEvaluationResult.enabled("database available");
		}
		String message = "PostgreSQL tests need initdb and pg_ctl: install them with 'apt-get install postgresql' "
				+ "(or set PG_BIN to their folder) to run them.";
		if (System.getenv("CI") != null) {
			throw new IllegalStateException(message);
		}
		System.err.println("[WARNING] Skipping " + context.getDisplayName() + " on PostgreSQL. " + message);
		return ConditionEvaluationResult.disabled(message);
	}

}
