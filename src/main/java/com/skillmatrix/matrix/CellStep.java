package com.skillmatrix.matrix;

import java.util.Objects;

import com.skillmatrix.matrix.WordDiff.Changes;

/**
 * A step from one cell to another: what is expected where the step starts and what is expected where it leads, such
 * as a role's cell in a skill at one level and at a higher one, or another role's where someone switches tracks. The
 * pages of what to cover to advance, for one skill and across a role, show every step the same way: both
 * descriptions, with the change made visible word by word, or item by item where either is a list.
 */
public interface CellStep {

	/** The cell where the step starts, or null where nothing is expected there. */
	Cell current();

	/** The cell where the step leads, or null where nothing is expected there any more. */
	Cell next();

	/** What the step does to the expectation: a cell that only one side has is added or removed. */
	default Change change() {
		if (current() == null) {
			return Change.ADDED;
		}
		if (next() == null) {
			return Change.REMOVED;
		}
		boolean same = current().required() == next().required()
				&& current().description().equals(next().description());
		return same ? Change.UNCHANGED : Change.CHANGED;
	}

	/** Optional where the step starts, required where it leads. A cell new at the target is added, whatever its flag. */
	default boolean becomesRequired() {
		return current() != null && !current().required() && next() != null && next().required();
	}

	/** Expected only where the step leads. */
	default boolean isNew() {
		return current() == null;
	}

	/** Whether either description is a list, and so the step is shown item by item. */
	default boolean list() {
		return ItemDiff.applies(description(current()), description(next()));
	}

	/**
	 * What the step changes word by word, for descriptions of one line; two descriptions that share less than half
	 * their words are shown as one replaced by the other ({@link WordDiff#compareAlike}).
	 */
	default Changes changes() {
		return WordDiff.compareAlike(Objects.requireNonNullElse(description(current()), ""),
				Objects.requireNonNullElse(description(next()), ""));
	}

	/** What the step changes item by item, for where either description is a list. */
	default ItemDiff items() {
		return ItemDiff.compare(description(current()), description(next()));
	}

	private static String description(Cell cell) {
		return (cell != null) ? cell.description() : null;
	}

	/** What a step does to an expectation. */
	enum Change {

		/** Expected only where the step leads. */
		ADDED,
		/** Expected on both sides, in other words or with another flag. */
		CHANGED,
		/** Expected on both sides, in the same words and with the same flag. */
		UNCHANGED,
		/** Expected only where the step starts. */
		REMOVED

	}

}
