package com.skillmatrix.imports;

/**
 * An export that does not follow the skill-page format; the message names the line and the problem.
 */
public class ExportFormatException extends RuntimeException {

	private final int line;

	ExportFormatException(int line, String problem) {
		super("line " + line + ": " + problem);
		this.line = line;
	}

	public int line() {
		return this.line;
	}

}
