package com.skillmatrix.index;

import java.util.List;

import com.skillmatrix.index.Kind.Weighted;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene query of a search, for one kind of result. Every word must match, in any of its forms; quoted words
 * match as a phrase. Names that hold every word, and text that holds the words in the order typed, come first; then
 * Lucene's relevance.
 */
final class Queries {

	/** Added to the score of results that hold every word in their name, or the words in the order typed. */
	private static final float FIRST = 1000;

	private final QueryBuilder phrases;

	Queries(Documents documents) {
		this.phrases = new QueryBuilder(documents.fields);
	}

	/**
	 * @param typed the words in the order typed, to put first the results that hold them so, or null
	 * @param filters what every result must match besides
	 */
	Query of(Kind kind, List<Word> words, List<String> phrases, String typed, List<Query> filters) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new TermQuery(new Term(Documents.KIND, kind.name())), Occur.FILTER);
		filters.forEach((filter) -> query.add(filter, Occur.FILTER));
		BooleanQuery.Builder shown = new BooleanQuery.Builder();
		for (Word word : words) {
			query.add(anyOf(word, kind.fields), Occur.MUST);
			if (kind.shown != null) {
				shown.add(anyOf(word, List.of(new Weighted(kind.shown, 1))), Occur.SHOULD);
			}
		}
		for (String phrase : phrases) {
			query.add(phrase(phrase, kind.fields), Occur.MUST);
			if (kind.shown != null) {
				shown.add(phrase(phrase, List.of(new Weighted(kind.shown, 1))), Occur.SHOULD);
			}
		}
		if (kind.shown != null) {
			query.add(shown.build(), Occur.FILTER);
		}
		if (kind.name != null && !words.isEmpty()) {
			BooleanQuery.Builder inName = new BooleanQuery.Builder();
			words.forEach((word) -> inName.add(anyOf(word, List.of(new Weighted(kind.name, 1))), Occur.MUST));
			query.add(first(inName.build()), Occur.SHOULD);
		}
		if (typed != null) {
			query.add(first(phrase(typed, kind.fields)), Occur.SHOULD);
		}
		return query.build();
	}

	/** The word, in any of its forms, in any of the fields. */
	private static Query anyOf(Word word, List<Weighted> fields) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Weighted field : fields) {
			for (String stem : word.stems()) {
				query.add(new BoostQuery(new TermQuery(new Term(field.name(), stem)), field.weight()), Occur.SHOULD);
			}
		}
		return query.build();
	}

	/** The words of a phrase, in their order, in any of the fields. */
	private Query phrase(String text, List<Weighted> fields) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Weighted field : fields) {
			Query phrase = this.phrases.createPhraseQuery(field.name(), text);
			if (phrase != null) {
				query.add(new BoostQuery(phrase, field.weight()), Occur.SHOULD);
			}
		}
		return query.build();
	}

	private static Query first(Query query) {
		return new BoostQuery(new ConstantScoreQuery(query), FIRST);
	}

}
