package com.skillmatrix.loading;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -jar skill-matrix.jar check <folder>}: checks a data folder as a start would, without a server or a
 * database. Prints every problem as {@code file:line: message}, or a summary of the matrix when there is none;
 * exits 0 only when the folder is clean.
 */
public final class CheckCommand {

	public static final String NAME = "check";

	private CheckCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 2) {
			err.println("usage: java -jar skill-matrix.jar check <folder>");
			return 2;
		}
		MatrixReader.Reading reading = DataFolder.read(Path.of(args[1]));
		if (!reading.clean()) {
			reading.problems().forEach(err::println);
			err.println(Matrix.count(reading.problems().size(), "problem") + " in " + args[1]
					+ ": nothing of it would be loaded.");
			return 1;
		}
		out.println(args[1] + " is clean: " + reading.matrix().summary());
		return 0;
	}

}
