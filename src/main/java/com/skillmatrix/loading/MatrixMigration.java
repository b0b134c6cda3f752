package com.skillmatrix.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Loads the data folder into the database as a repeatable Flyway migration whose checksum is the folder's and its
 * reading rules': Flyway runs it when the folder or the rules have changed since the last load, once per database
 * under its lock however many instances start together, inside one transaction, and records it in its history. A folder with problems fails the
 * migration, and so the start, before anything is written.
 */
@Component
class MatrixMigration implements JavaMigration {

	/** Where the bundled seed lies when no data folder is named. */
	static final String BUNDLED = "classpath:seed/*";

	/** The migration's name in Flyway's history. */
	static final String DESCRIPTION = "matrix data";

	private static final Log logger = LogFactory.getLog(MatrixMigration.class);

	private final String folder;

	private final byte[] rules;

	private List<DataFile> files;

	private Integer checksum;

	@Autowired
	MatrixMigration(@Value("${skillmatrix.data:}") String folder) {
		this(folder, MatrixReader.rules());
	}

	/** A load under the rules given, which the checksum includes: a release with new rules loads the folder again. */
	MatrixMigration(String folder, byte[] rules) {
		this.folder = folder;
		this.rules = rules;
	}

	/**
	 * The folder's files, read once: Flyway asks for the checksum more than once, and the load must read the same
	 * bytes. Only a load parses them, so that a start with unchanged data costs a read and a checksum.
	 */
	private synchronized List<DataFile> files() {
		if (this.checksum == null) {
			this.files = this.folder.isBlank() ? bundled() : DataFolder.filesIfAny(Path.of(this.folder));
			this.checksum = MatrixReader.checksum(this.files, this.rules);
		}
		return this.files;
	}

	/** Once the application is up the load is over: a large folder's bytes need not stay in memory. */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void release() {
		this.files = null;
	}

	private static List<DataFile> bundled() {
		try {
			List<DataFile> files = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLED)) {
				String name = resource.getFilename();
				if (name != null && DataFolder.isData(name)) {
					files.add(new DataFile(name, "seed/" + name, resource.getContentAsByteArray()));
				}
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public MigrationVersion getVersion() {
		return null;
	}

	@Override
	public String getDescription() {
		return DESCRIPTION;
	}

	@Override
	public Integer getChecksum() {
		files();
		return this.checksum;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		long start = System.nanoTime();
		MatrixReader.Reading reading = this.folder.isBlank() ? MatrixReader.read("seed", files())
				: DataFolder.read(Path.of(this.folder), files());
		if (!reading.clean()) {
			throw new MatrixDataException(reading.problems());
		}
		long read = System.nanoTime();
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		MatrixStore store = new MatrixStore(jdbc);
		Matrix matrix = reading.matrix();
		MatrixDiff diff = MatrixDiff.of(store.read(), matrix);
		store.apply(matrix, diff, LocalDateTime.now());
		long end = System.nanoTime();
		logger.info(String.format("Loaded the matrix from %s in %d ms (read in %d ms, written in %d ms): %s; %s changed",
				this.folder.isBlank() ? "the bundled seed" : this.folder, (end - start) / 1_000_000,
				(read - start) / 1_000_000, (end - read) / 1_000_000, matrix.summary(),
				Matrix.count(diff.skills().size(), "skill")));
	}

}
