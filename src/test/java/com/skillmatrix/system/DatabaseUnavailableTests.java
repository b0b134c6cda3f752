package com.skillmatrix.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTests {

	@Test
	void aLostConnectionAtAnyLayerIsAnOutage() {
		assertThat(ExceptionAdvice.databaseUnavailable(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(ExceptionAdvice.databaseUnavailable(new DataAccessResourceFailureException("refused"))).isTrue();
		assertThat(ExceptionAdvice.databaseUnavailable(
				new IllegalStateException(new SQLTransientConnectionException("pool timed out")))).isTrue();
		assertThat(ExceptionAdvice.databaseUnavailable(new JpaSystemException(
				new RuntimeException("Unable to rollback", new SQLException("I/O error", "08006"))))).isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(ExceptionAdvice.databaseUnavailable(new IllegalStateException("a bug"))).isFalse();
		assertThat(ExceptionAdvice.databaseUnavailable(new JpaSystemException(
				new RuntimeException(new SQLException("syntax error", "42601"))))).isFalse();
	}

}
