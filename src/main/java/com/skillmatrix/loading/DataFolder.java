package com.skillmatrix.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files of a data folder on disk: its exports, CSV files and levels, as {@link MatrixReader} reads them. */
public final class DataFolder {

	private DataFolder() {
	}

	/** Reads a folder; one that does not exist or cannot be listed is a problem, not an exception. */
	public static MatrixReader.Reading read(Path folder) {
		return read(folder, filesIfAny(folder));
	}

	/** Reads files already taken from a folder, or says why there were none to take. */
	static MatrixReader.Reading read(Path folder, List<DataFile> files) {
		String name = folder.toString();
		if (!Files.isDirectory(folder)) {
			String problem = Files.exists(folder) ? "is not a folder" : "does not exist";
			return new MatrixReader.Reading(null, List.of(new DataProblem(name, 0, "the data folder " + problem)), 0);
		}
		try {
			return MatrixReader.read(name, (files != null) ? files : files(folder));
		}
		catch (UncheckedIOException ex) {
			return new MatrixReader.Reading(null,
					List.of(new DataProblem(name, 0, "the data folder cannot be read: " + ex.getCause().getMessage())), 0);
		}
	}

	/** The folder's files, or null when it cannot be read (and {@link #read} says why). */
	static List<DataFile> filesIfAny(Path folder) {
		try {
			return Files.isDirectory(folder) ? files(folder) : null;
		}
		catch (UncheckedIOException ex) {
			return null;
		}
	}

	/** The folder's skill, CSV and levels files; other files (a README, hidden files) and subfolders are not data. */
	static List<DataFile> files(Path folder) {
		List<DataFile> files = new ArrayList<>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path path : entries.sorted().toList()) {
				String name = path.getFileName().toString();
				if (Files.isRegularFile(path) && !name.startsWith(".") && isData(name)) {
					files.add(new DataFile(name, path.toString(), Files.readAllBytes(path)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	static boolean isData(String name) {
		return name.endsWith(".txt") || name.endsWith(".csv");
	}

}
