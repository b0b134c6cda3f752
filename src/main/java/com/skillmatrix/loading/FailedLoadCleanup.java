package com.skillmatrix.loading;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.stereotype.Component;

/**
 * A load that fails is rolled back whole, but on a database Flyway does not trust to roll back DDL (H2) Flyway still
 * records it as failed, and that record would stop every later start until a manual repair. The load writes data
 * only, so the record is the one trace of the failure left: removing it leaves the database as it was.
 */
@Component
class FailedLoadCleanup implements Callback {

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE_ERROR;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		String table = context.getConfiguration().getTable();
		try (Statement statement = context.getConnection().createStatement()) {
			statement.executeUpdate("delete from \"" + table + "\" where \"success\" = false and \"version\" is null"
					+ " and \"description\" = '" + MatrixMigration.DESCRIPTION + "'");
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not remove the failed load from " + table, ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "failed matrix load cleanup";
	}

}
