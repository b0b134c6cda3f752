package com.skillmatrix.matrix;

import java.util.Set;

/** A job role, shared by every skill; its slug is a stable URL that HR links to. */
public record Role(String name, String slug) {

	/** The slug of the page that compares roles across the matrix, /roles/compare, beside the roles' own pages. */
	public static final String COMPARE = "compare";

	/**
	 * The slugs that pages of their own take beside the roles' under /roles/ (and the API's /api/v1/roles/): a role
	 * with one of them could never be reached at its own address, so the data folder may not name one.
	 */
	public static final Set<String> RESERVED_SLUGS = Set.of(COMPARE);

}
