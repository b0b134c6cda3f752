package com.skillmatrix.loading;

/**
 * Something wrong in the data folder, said as {@code file:line: what is wrong} so that an editor can jump to it.
 *
 * @param line the line in the file, 1 first, or 0 where the problem is the file (or folder) as a whole
 */
public record DataProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return (this.line > 0) ? this.file + ":" + this.line + ": " + this.message : this.file + ": " + this.message;
	}

}
