package com.skillmatrix.loading;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start stopped by bad data says what is wrong, file by file and line by line, instead of a stack trace. */
class MatrixDataFailureAnalyzer extends AbstractFailureAnalyzer<MatrixDataException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MatrixDataException cause) {
		return new FailureAnalysis(cause.getMessage() + "\n\nNothing was loaded: the database keeps the matrix it had.",
				"Mend the files and start again. 'java -jar skill-matrix.jar check <folder>' lists every problem "
						+ "without starting the server.",
				cause);
	}

}
