package com.skillmatrix.loading;

import java.util.List;

/** The data folder has problems, so nothing of it was loaded: every problem, each as {@code file:line: message}. */
public class MatrixDataException extends RuntimeException {

	private final List<DataProblem> problems;

	MatrixDataException(List<DataProblem> problems) {
		super(problems.size() + " problem" + ((problems.size() == 1) ? "" : "s") + " in the data folder:\n"
				+ String.join("\n", problems.stream().map(DataProblem::toString).toList()));
		this.problems = List.copyOf(problems);
	}

	public List<DataProblem> problems() {
		return this.problems;
	}

}
