package com.skillmatrix.loading;

import java.util.Comparator;

/** Matrices compared by what they say, not by where they were read from. */
final class Matrices {

	private Matrices() {
	}

	/**
	 * The matrix without its files and lines, skills by slug: two matrices that are equal so load into the same
	 * pages, whichever files they came from.
	 */
	static Matrix withoutSources(Matrix matrix) {
		return new Matrix(matrix.levels(), matrix.skills()
			.stream()
			.sorted(Comparator.comparing(Matrix.Skill::slug))
			.map((skill) -> new Matrix.Skill(skill.slug(), skill.name(), skill.domain(), skill.category(),
					skill.summary(), skill.lastUpdated(), skill.cells()
						.stream()
						.map((cell) -> new Matrix.Cell(cell.role(), cell.level(), cell.position(), cell.required(),
								cell.description(), 0))
						.toList(),
					"", 0))
			.toList());
	}

}
