package com.skillmatrix.matrix;

/**
 * What one role is expected to know of a skill at one level, and whether it is required. A role without a cell at a
 * level is not expected to know the skill there.
 *
 * @param position the cell's row in its level's table, 1 first
 */
public record Cell(Role role, Level level, int position, boolean required, String description) {

	/** The description's lines: a sentence, or a list with its headings. */
	public Description lines() {
		return Description.of(this.description);
	}

}
