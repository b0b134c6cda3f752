package com.skillmatrix.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.MatrixCsvFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes the CSV downloads in the matrix CSV format ({@link MatrixCsvFormat}). Every field is quoted, as OWASP
 * advises, so that a spreadsheet that splits on another separator still keeps each field whole, and text a
 * spreadsheet would run as a formula is escaped.
 */
public final class MatrixCsvWriter {

	private static final CSVFormat WRITTEN = MatrixCsvFormat.FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();

	private MatrixCsvWriter() {
	}

	/** A file of cells in this format: the header, then a row per cell in the order given. */
	public static String write(List<CsvCell> cells) {
		return print(MatrixCsvFormat.HEADER, cells.stream().map(CsvCell::fields).toList());
	}

	/** {@code levels.csv} for these levels, in their order. */
	public static String writeLevels(List<Level> levels) {
		return print(MatrixCsvFormat.LEVELS_HEADER,
				levels.stream().map((level) -> List.of(level.slug(), level.name())).toList());
	}

	private static String print(List<String> header, List<List<String>> records) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, WRITTEN)) {
			printer.printRecord(header);
			for (List<String> record : records) {
				printer.printRecord(record.stream().map(MatrixCsvFormat::escape).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
