package com.skillmatrix.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The filters of a search as Lucene queries. Each narrows the kinds that have what it names: cells have a level, a
 * role, a domain and a required flag; skills have a domain; a role is its own role. So a filter on a level leaves
 * only cells.
 */
final class Filters {

	private Filters() {
	}

	static List<Query> of(SearchQuery query) {
		List<Query> filters = new ArrayList<>();
		if (query.level() != null) {
			filters.add(new TermQuery(new Term(Documents.LEVEL, query.level())));
		}
		if (query.role() != null) {
			filters.add(new TermQuery(new Term(Documents.ROLE, query.role())));
		}
		if (query.domain() != null) {
			filters.add(new TermQuery(new Term(Documents.DOMAIN, query.domain())));
		}
		if (query.requiredOnly()) {
			filters.add(new TermQuery(new Term(Documents.REQUIRED, "true")));
		}
		return filters;
	}

}
