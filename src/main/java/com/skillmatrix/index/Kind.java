package com.skillmatrix.index;

import java.util.List;

/**
 * The three kinds of result, and what each is searched by: the fields, and how much a match in each weighs.
 */
enum Kind {

	SKILL(List.of(new Weighted(Documents.NAME, 3), new Weighted(Documents.TEXT, 1)), Documents.NAME, null),

	ROLE(List.of(new Weighted(Documents.NAME, 1)), Documents.NAME, null),

	CELL(List.of(new Weighted(Documents.TEXT, 1), new Weighted(Documents.CONTEXT, 0.5f)), null, Documents.TEXT);

	final List<Weighted> fields;

	/** The field whose holding every word puts a result first, if any. */
	final String name;

	/** The field that must match, since the result page shows it, if any. */
	final String shown;

	Kind(List<Weighted> fields, String name, String shown) {
		this.fields = fields;
		this.name = name;
		this.shown = shown;
	}

	/** A field, and how much a match in it weighs. */
	record Weighted(String name, float weight) {
	}

}
