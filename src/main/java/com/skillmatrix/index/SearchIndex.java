package com.skillmatrix.index;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.skillmatrix.index.SearchResults.CellHit;
import com.skillmatrix.index.SearchResults.Hits;
import com.skillmatrix.index.SearchResults.RoleHit;
import com.skillmatrix.index.SearchResults.SkillHit;
import com.skillmatrix.matrix.Domain;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Names;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.Skill;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The matrix as a full-text index in memory, searched with Apache Lucene: skills by name, summary, domain and
 * category; roles by name; cells by description, and also by their skill's, role's and level's names.
 * <p>
 * Every word must match, in any form ({@link Documents}); a word the matrix does not hold stands for the terms one
 * edit away from it ({@link Spelling}); quoted words match as a phrase ({@link Queries}); filters narrow each kind by
 * what it has ({@link Filters}). A cell must match some word in its description, which its snippet shows
 * ({@link Highlights}); the best results of each kind come first ({@link Results}).
 * <p>
 * Built once from the whole matrix and only read after that, so that any number of searches may run at once.
 */
public final class SearchIndex {

	/** The results shown of each kind; the rest are counted. */
	public static final int SHOWN = Results.SHOWN;

	/** The quoted phrases of a search looked for at most. */
	static final int MAX_PHRASES = 8;

	private final IndexedMatrix matrix;

	private final Documents documents = new Documents();

	private final Spelling spelling;

	private final Queries queries = new Queries(this.documents);

	private final Highlights highlights = new Highlights(this.documents.stems);

	private final Results results;

	private SearchIndex(IndexedMatrix matrix) {
		this.matrix = matrix;
		IndexSearcher searcher = new IndexSearcher(this.documents.write(matrix));
		this.spelling = new Spelling(this.documents, searcher.getIndexReader());
		this.results = new Results(matrix, searcher, this.highlights);
	}

	/** Indexes the matrix: its skills, roles and levels, and its cells, which name them by slug. */
	public static SearchIndex of(List<Skill> skills, List<Role> roles, List<Level> levels, List<Cell> cells) {
		return new SearchIndex(new IndexedMatrix(skills, roles, levels, cells));
	}

	/** All levels, lowest first. */
	public List<Level> levels() {
		return this.matrix.levels;
	}

	/** All roles, by name ({@link Names#ORDER}). */
	public List<Role> roles() {
		return this.matrix.roles;
	}

	/** All domains, by name ({@link Names#ORDER}). */
	public List<Domain> domains() {
		return this.matrix.domains;
	}

	public Optional<Level> level(String slug) {
		return Optional.ofNullable(this.matrix.levelsBySlug.get(slug));
	}

	public Optional<Role> role(String slug) {
		return Optional.ofNullable(this.matrix.rolesBySlug.get(slug));
	}

	public Optional<Domain> domain(String slug) {
		return Optional.ofNullable(this.matrix.domainsBySlug.get(slug));
	}

	public SearchResults search(SearchQuery query) {
		QueryText text = QueryText.parse(query.text());
		List<Word> words = this.spelling.words(text.loose());
		List<String> phrases = text.phrases()
			.stream()
			.filter((phrase) -> !Documents.terms(this.documents.stems, phrase).isEmpty())
			.limit(MAX_PHRASES)
			.toList();
		if (words.isEmpty() && phrases.isEmpty()) {
			return SearchResults.NONE;
		}
		Set<String> stems = new HashSet<>();
		words.forEach((word) -> stems.addAll(word.stems()));
		phrases.forEach((phrase) -> stems.addAll(Documents.terms(this.documents.stems, phrase)));
		Query marked = Highlights.terms(stems);
		// The words in the order typed, where they are few enough to look for in a row.
		boolean inOrder = words.size() > 1
				&& Documents.terms(this.documents.words, text.loose()).size() <= Spelling.MAX_WORDS;
		String typed = inOrder ? text.loose() : null;
		List<Query> filters = Filters.of(query);
		Hits<SkillHit> skills = this.results.skills(this.queries.of(Kind.SKILL, words, phrases, typed, filters),
				marked);
		Hits<RoleHit> roles = this.results.roles(this.queries.of(Kind.ROLE, words, phrases, typed, filters), marked);
		Hits<CellHit> cells = this.results.cells(this.queries.of(Kind.CELL, words, phrases, typed, filters), marked);
		boolean none = skills.total() + roles.total() + cells.total() == 0;
		return new SearchResults(skills, roles, cells, none ? this.spelling.suggest(words, phrases) : List.of());
	}

	/**
	 * A cell as the index reads it: its skill, role and level by slug, whether it is required, and its description.
	 */
	public record Cell(String skill, String role, String level, boolean required, String description) {

	}

}
