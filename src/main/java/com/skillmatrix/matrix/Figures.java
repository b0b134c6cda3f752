package com.skillmatrix.matrix;

/**
 * A skill's header figures, always counted from its cells: the roles it applies to, the levels it spans, and how
 * many of its cells are mandatory or optional.
 */
public record Figures(long roles, long levels, long mandatory, long optional) {

	/** Builds the figures from counts, as an aggregate query returns them (a sum over no rows is null). */
	public static Figures of(long roles, long levels, Long mandatory, long cells) {
		long required = (mandatory != null) ? mandatory : 0;
		return new Figures(roles, levels, required, cells - required);
	}

}
