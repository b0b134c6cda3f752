package com.skillmatrix.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * What the pages are made of, as one short string: the migrations applied (the data only ever changes through
 * them) and the build of the application (its templates and text). Every instance of the same build on the same
 * database has the same version, so that their ETags agree.
 */
@Component
public class DataVersion {

	private final String value;

	DataVersion(Flyway flyway, ObjectProvider<BuildProperties> build) {
		StringBuilder source = new StringBuilder();
		for (MigrationInfo migration : flyway.info().applied()) {
			source.append(migration.getVersion()).append(':').append(migration.getChecksum()).append(';');
		}
		BuildProperties properties = build.getIfAvailable();
		source.append((properties != null) ? properties.getVersion() + "@" + properties.getTime() : "development");
		this.value = hash(source.toString()).substring(0, 16);
	}

	public String value() {
		return this.value;
	}

	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
