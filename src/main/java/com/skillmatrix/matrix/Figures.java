package com.skillmatrix.matrix;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A skill's header figures, always counted from its cells: the roles it applies to, the levels it spans, and how
 * many of its cells are required or optional. The JSON API names the required ones {@code mandatory}, as it always
 * has: its field names are a contract.
 */
public record Figures(long roles, long levels, @JsonProperty("mandatory") long required, long optional) {

	/** Builds the figures from counts, as an aggregate query returns them (a sum over no rows is null). */
	public static Figures of(long roles, long levels, Long required, long cells) {
		long counted = (required != null) ? required : 0;
		return new Figures(roles, levels, counted, cells - counted);
	}

}
