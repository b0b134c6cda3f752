package com.skillmatrix;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Data folders that tests write, or copy from a test matrix, and change between two loads. */
public final class TestFolders {

	/** The second matrix the tests run on: four levels of other names, several domains, exports beside CSV files. */
	public static final Path FOUR_LEVELS = Path.of("src/test/resources/matrices/four-levels");

	/** The matrix CSV format's header. */
	public static final List<String> MATRIX_HEADER = List.of("skill_slug", "skill_name", "domain", "category",
			"summary", "last_updated", "level", "role", "required", "description");

	private TestFolders() {
	}

	/** Copies the folder's files into another folder. */
	public static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}

	/** A CSV file's rows, its header first, as {@link #rewrite} writes them back. */
	public static List<CSVRecord> rows(Path csv) throws IOException {
		return CSVFormat.RFC4180.parse(new StringReader(Files.readString(csv))).getRecords();
	}

	/** A level's slug, by its name in the folder's {@code levels.csv}. */
	public static String levelSlug(Path folder, String name) throws IOException {
		List<CSVRecord> levels = rows(folder.resolve("levels.csv"));
		if (levels.size() < 2) {
			throw new AssertionError("no levels in " + folder.resolve("levels.csv"));
		}
		return levels.stream()
			.filter((row) -> row.get(1).equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no level " + name))
			.get(0);
	}

	/** Writes a CSV file's rows back, each with the values {@code change} leaves in the list of its values. */
	public static void rewrite(Path csv, List<CSVRecord> rows, BiConsumer<CSVRecord, List<String>> change)
			throws IOException {
		List<List<String>> changed = new ArrayList<>();
		for (CSVRecord row : rows) {
			List<String> values = new ArrayList<>(row.toList());
			change.accept(row, values);
			changed.add(values);
		}
		write(csv, changed);
	}

	/** Writes the folder's {@code levels.csv}: each level's slug and name, lowest first. */
	public static void writeLevels(Path folder, List<? extends List<String>> levels) throws IOException {
		List<List<String>> records = new ArrayList<>(List.of(List.of("slug", "name")));
		records.addAll(levels);
		write(folder.resolve("levels.csv"), records);
	}

	/** Writes the folder's {@code matrix.csv}: a cell a row, in the columns of {@link #MATRIX_HEADER}. */
	public static void writeMatrix(Path folder, List<? extends List<?>> cells) throws IOException {
		List<List<?>> records = new ArrayList<>(List.of(MATRIX_HEADER));
		records.addAll(cells);
		write(folder.resolve("matrix.csv"), records);
	}

	/** Writes a CSV file as RFC 4180 says, a record a row, the header first. */
	public static void write(Path csv, List<? extends Iterable<?>> records) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecords(records);
		}
		Files.writeString(csv, out.toString());
	}

}
