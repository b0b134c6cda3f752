package com.skillmatrix.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.skillmatrix.matrix.Description;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Names;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile.SkillInfo;
import com.skillmatrix.search.SearchResults.CellHit;
import com.skillmatrix.search.SearchResults.Group;
import com.skillmatrix.search.SearchResults.RoleHit;
import com.skillmatrix.search.SearchResults.SkillHit;
import com.skillmatrix.search.SearchResults.Suggestion;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The matrix as a full-text index in memory, searched with Apache Lucene: skills by name, summary, domain and
 * category; roles by name; cells by description, and also by their skill's, role's and level's names.
 * <p>
 * Every word must match, in any form ("rotate" finds "rotation": English stemming). A word the matrix does not hold
 * stands for the terms of the matrix one edit away from it ("rotaton" for "rotation"); quoted words match as a
 * phrase. Names that hold every word, and text that holds the words in the order typed, come first; then Lucene's
 * relevance; then the matrix's order. A cell must match some word in its description, which its snippet shows (of a
 * description written as a list, the line that matched).
 * <p>
 * Filters narrow each kind by what it has: cells have a level, a role, a domain and a required flag; skills have a
 * domain; a role is its own role. So a filter on a level leaves only cells.
 * <p>
 * Built once from the whole matrix and only read after that, so that any number of searches may run at once.
 */
public final class SearchIndex {

	/** The results shown of each kind; the rest are counted. */
	public static final int SHOWN = 50;

	/** The words of a search looked for at most: more than a sentence needs, few enough for a fast query. */
	static final int MAX_WORDS = 24;

	/** The quoted phrases of a search looked for at most. */
	static final int MAX_PHRASES = 8;

	/** A snippet's length in characters: about three lines of text. */
	static final int SNIPPET = 240;

	/** A word of this many letters or more may have a typo (one edit) and still find what it meant. */
	private static final int CORRECTED_LENGTH = 5;

	/** Added to the score of results that hold every word in their name, or the words in the order typed. */
	private static final float FIRST = 1000;

	private static final String KIND = "kind";

	private static final String ORDER = "order";

	private static final String NAME = "name";

	private static final String TEXT = "text";

	private static final String CONTEXT = "context";

	/** Every word of every text, lower case but not stemmed: the vocabulary that typos are corrected against. */
	private static final String WORDS = "words";

	private static final String LEVEL = "level";

	private static final String ROLE = "role";

	private static final String DOMAIN = "domain";

	private static final String REQUIRED = "required";

	/** The vocabulary only says which words there are: no frequencies, positions or lengths to keep. */
	private static final FieldType VOCABULARY = vocabulary();

	private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortField(ORDER, SortField.Type.INT));

	private final Analyzer stems = new EnglishAnalyzer();

	private final Analyzer words = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

	private final Analyzer fields = new FieldAnalyzer(this.stems, this.words);

	private final List<SkillInfo> skills;

	private final List<Role> roles;

	private final List<Level> levels;

	private final List<Domain> domains;

	private final List<IndexedCell> cells;

	private final Map<String, Level> levelsBySlug;

	private final Map<String, Role> rolesBySlug;

	private final Map<String, Domain> domainsBySlug;

	private final IndexSearcher searcher;

	private final QueryBuilder phrases = new QueryBuilder(this.fields);

	private final DirectSpellChecker corrections = spellChecker(1, CORRECTED_LENGTH);

	/** For a search that found nothing: terms up to two edits away from a word of three letters or more. */
	private final DirectSpellChecker suggestions = spellChecker(2, 3);

	private SearchIndex(List<SkillInfo> skills, List<Role> roles, List<Level> levels, List<CellRow> cells) {
		this.skills = skills.stream().sorted(Comparator.comparing(SkillInfo::name, Names.ORDER)).toList();
		this.roles = roles.stream().sorted(Comparator.comparing(Role::name, Names.ORDER)).toList();
		this.levels = levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
		this.domains = skills.stream()
			.map((skill) -> new Domain(skill.domain(), skill.domainSlug()))
			.distinct()
			.sorted(Comparator.comparing(Domain::name, Names.ORDER))
			.toList();
		this.levelsBySlug = bySlug(this.levels, Level::slug);
		this.rolesBySlug = bySlug(this.roles, Role::slug);
		this.domainsBySlug = bySlug(this.domains, Domain::slug);
		Map<String, SkillInfo> skillsBySlug = bySlug(this.skills, SkillInfo::slug);
		// Cells by skill, level and role, from the lists' own order rather than comparing names cell by cell.
		Map<String, Integer> skillOrder = order(this.skills, SkillInfo::slug);
		Map<String, Integer> roleOrder = order(this.roles, Role::slug);
		this.cells = cells.stream()
			.map((row) -> new IndexedCell(skillsBySlug.get(row.skill()), this.rolesBySlug.get(row.role()),
					this.levelsBySlug.get(row.level()), row.required(), row.description()))
			.sorted(Comparator.comparingInt((IndexedCell cell) -> skillOrder.get(cell.skill().slug()))
				.thenComparingInt((cell) -> cell.level().rank())
				.thenComparingInt((cell) -> roleOrder.get(cell.role().slug())))
			.toList();
		this.searcher = new IndexSearcher(write());
	}

	/** Indexes the matrix: its skills, roles and levels, and its cells, which name them by slug. */
	public static SearchIndex of(List<SkillInfo> skills, List<Role> roles, List<Level> levels, List<CellRow> cells) {
		return new SearchIndex(skills, roles, levels, cells);
	}

	private DirectoryReader write() {
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.fields))) {
			add(writer, Kind.SKILL, this.skills, (document, skill) -> {
				text(document, NAME, skill.name());
				text(document, TEXT, skill.summary(), skill.domain(), skill.category());
				document.add(new StringField(DOMAIN, skill.domainSlug(), Field.Store.NO));
			});
			add(writer, Kind.ROLE, this.roles, (document, role) -> {
				text(document, NAME, role.name());
				document.add(new StringField(ROLE, role.slug(), Field.Store.NO));
			});
			add(writer, Kind.CELL, this.cells, (document, cell) -> {
				text(document, TEXT, cell.description());
				text(document, CONTEXT, cell.skill().name(), cell.role().name(), cell.level().name());
				document.add(new StringField(LEVEL, cell.level().slug(), Field.Store.NO));
				document.add(new StringField(ROLE, cell.role().slug(), Field.Store.NO));
				document.add(new StringField(DOMAIN, cell.skill().domainSlug(), Field.Store.NO));
				document.add(new StringField(REQUIRED, String.valueOf(cell.required()), Field.Store.NO));
			});
			writer.commit();
			return DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("An index in memory cannot fail to be written", ex);
		}
	}

	/** One document for each item, of its kind, numbered in the order given: the order of the items' list. */
	private static <T> void add(IndexWriter writer, Kind kind, List<T> items, BiConsumer<Document, T> fields)
			throws IOException {
		for (int order = 0; order < items.size(); order++) {
			Document document = new Document();
			document.add(new StringField(KIND, kind.name(), Field.Store.NO));
			document.add(new NumericDocValuesField(ORDER, order));
			fields.accept(document, items.get(order));
			writer.addDocument(document);
		}
	}

	/** Text to search, stemmed in its own field and as typed in the vocabulary. */
	private static void text(Document document, String field, String... values) {
		for (String value : values) {
			document.add(new TextField(field, value, Field.Store.NO));
			document.add(new Field(WORDS, value, VOCABULARY));
		}
	}

	/** All levels, lowest first. */
	public List<Level> levels() {
		return this.levels;
	}

	/** All roles, by name ({@link Names#ORDER}). */
	public List<Role> roles() {
		return this.roles;
	}

	/** All domains, by name ({@link Names#ORDER}). */
	public List<Domain> domains() {
		return this.domains;
	}

	public Optional<Level> level(String slug) {
		return Optional.ofNullable(this.levelsBySlug.get(slug));
	}

	public Optional<Role> role(String slug) {
		return Optional.ofNullable(this.rolesBySlug.get(slug));
	}

	public Optional<Domain> domain(String slug) {
		return Optional.ofNullable(this.domainsBySlug.get(slug));
	}

	public SearchResults search(SearchQuery query) {
		QueryText text = QueryText.parse(query.text());
		List<Word> words = words(text.loose());
		List<String> phrases = text.phrases()
			.stream()
			.filter((phrase) -> !terms(this.stems, phrase).isEmpty())
			.limit(MAX_PHRASES)
			.toList();
		if (words.isEmpty() && phrases.isEmpty()) {
			return new SearchResults(new Group<>(List.of(), 0), new Group<>(List.of(), 0), new Group<>(List.of(), 0),
					List.of());
		}
		Set<String> matched = new HashSet<>();
		words.forEach((word) -> matched.addAll(word.stems()));
		phrases.forEach((phrase) -> matched.addAll(terms(this.stems, phrase)));
		Marks marks = new Marks(this.stems, matched);
		// The words in the order typed, where they are few enough to look for in a row.
		String typed = (words.size() > 1 && terms(this.words, text.loose()).size() <= MAX_WORDS) ? text.loose() : null;
		List<Query> filters = filters(query);
		Group<SkillHit> skills = find(query(Kind.SKILL, words, phrases, typed, filters), (order) -> {
			SkillInfo skill = this.skills.get(order);
			return new SkillHit(skill, marks.all(skill.name()), marks.snippet(skill.summary(), SNIPPET));
		});
		Group<RoleHit> roles = find(query(Kind.ROLE, words, phrases, typed, filters), (order) -> {
			Role role = this.roles.get(order);
			return new RoleHit(role, marks.all(role.name()));
		});
		Group<CellHit> cells = find(query(Kind.CELL, words, phrases, typed, filters), (order) -> {
			IndexedCell cell = this.cells.get(order);
			return new CellHit(cell.skill(), cell.role(), cell.level(), cell.required(),
					marks.snippet(Description.of(cell.description()), SNIPPET));
		});
		boolean none = skills.total() + roles.total() + cells.total() == 0;
		return new SearchResults(skills, roles, cells, none ? suggest(words, phrases) : List.of());
	}

	/**
	 * The distinct words outside quotes, stop words left out. Each stands for its stem where the matrix holds it,
	 * else for the stems of the matrix's words one edit away, if any.
	 */
	private List<Word> words(String loose) {
		List<Word> words = new ArrayList<>();
		for (String token : terms(this.words, loose).stream().distinct().limit(MAX_WORDS).toList()) {
			String stem = terms(this.stems, token).stream().findFirst().orElse(null);
			if (stem == null) {
				continue;
			}
			if (known(stem)) {
				words.add(new Word(token, List.of(stem), true));
				continue;
			}
			List<String> corrected = similar(this.corrections, token)
				.stream()
				.flatMap((term) -> terms(this.stems, term).stream())
				.distinct()
				.toList();
			words.add(corrected.isEmpty() ? new Word(token, List.of(stem), false) : new Word(token, corrected, true));
		}
		return words;
	}

	private boolean known(String stem) {
		try {
			for (String field : List.of(NAME, TEXT, CONTEXT)) {
				if (this.searcher.getIndexReader().docFreq(new Term(field, stem)) > 0) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The matrix's words closest to one it does not hold, closest first. */
	private List<String> similar(DirectSpellChecker checker, String word) {
		try {
			return Arrays
				.stream(checker.suggestSimilar(new Term(WORDS, word), 3, this.searcher.getIndexReader(),
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
				.map((suggestion) -> suggestion.string)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** For a search that found nothing: the terms closest to each word found nowhere, in the search in its place. */
	private List<Suggestion> suggest(List<Word> words, List<String> phrases) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Word word : words) {
			if (word.found()) {
				continue;
			}
			for (String term : similar(this.suggestions, word.text())) {
				String query = words.stream()
					.map((other) -> (other == word) ? term : other.text())
					.collect(Collectors.joining(" "));
				String quoted = phrases.stream().map((phrase) -> " \"" + phrase + "\"").collect(Collectors.joining());
				suggestions.add(new Suggestion(term, query + quoted));
			}
		}
		return suggestions;
	}

	private Query query(Kind kind, List<Word> words, List<String> phrases, String typed, List<Query> filters) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new TermQuery(new Term(KIND, kind.name())), Occur.FILTER);
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

	private static List<Query> filters(SearchQuery query) {
		List<Query> filters = new ArrayList<>();
		if (query.level() != null) {
			filters.add(new TermQuery(new Term(LEVEL, query.level())));
		}
		if (query.role() != null) {
			filters.add(new TermQuery(new Term(ROLE, query.role())));
		}
		if (query.domain() != null) {
			filters.add(new TermQuery(new Term(DOMAIN, query.domain())));
		}
		if (query.requiredOnly()) {
			filters.add(new TermQuery(new Term(REQUIRED, "true")));
		}
		return filters;
	}

	/** The best results, and how many there are in all. */
	private <T> Group<T> find(Query query, IntFunction<T> hit) {
		try {
			TopFieldDocs top = this.searcher.search(query, new TopFieldCollectorManager(BEST_FIRST, SHOWN,
					Integer.MAX_VALUE));
			List<T> hits = new ArrayList<>();
			for (ScoreDoc found : top.scoreDocs) {
				hits.add(hit.apply(((Number) ((FieldDoc) found).fields[1]).intValue()));
			}
			return new Group<>(hits, Math.toIntExact(top.totalHits.value));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The terms an analyzer makes of a text. */
	private static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Text in memory cannot fail to be read", ex);
		}
		return terms;
	}

	private static FieldType vocabulary() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	private static DirectSpellChecker spellChecker(int maxEdits, int minLength) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMaxEdits(maxEdits);
		checker.setMinPrefix(0);
		checker.setMinQueryLength(minLength);
		return checker;
	}

	/** Where each item of a list stands in it, by slug. */
	private static <T> Map<String, Integer> order(List<T> items, Function<T, String> slug) {
		Map<String, Integer> order = new HashMap<>();
		items.forEach((item) -> order.put(slug.apply(item), order.size()));
		return order;
	}

	private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach((item) -> map.put(slug.apply(item), item));
		return map;
	}

	/**
	 * What each kind of result is searched by, and how much each field weighs.
	 *
	 * @param name the field whose holding every word puts a result first, if any
	 * @param shown the field that must match, since the result page shows it, if any
	 */
	private enum Kind {

		SKILL(List.of(new Weighted(NAME, 3), new Weighted(TEXT, 1)), NAME, null),

		ROLE(List.of(new Weighted(NAME, 1)), NAME, null),

		CELL(List.of(new Weighted(TEXT, 1), new Weighted(CONTEXT, 0.5f)), null, TEXT);

		private final List<Weighted> fields;

		private final String name;

		private final String shown;

		Kind(List<Weighted> fields, String name, String shown) {
			this.fields = fields;
			this.name = name;
			this.shown = shown;
		}

	}

	/** A field, and how much a match in it weighs. */
	private record Weighted(String name, float weight) {
	}

	/**
	 * A word of the search and the stems it stands for.
	 *
	 * @param found whether the matrix holds it, or a word one edit away
	 */
	private record Word(String text, List<String> stems, boolean found) {
	}

	private record IndexedCell(SkillInfo skill, Role role, Level level, boolean required, String description) {

		IndexedCell {
			Objects.requireNonNull(skill, "a cell's skill");
			Objects.requireNonNull(role, "a cell's role");
			Objects.requireNonNull(level, "a cell's level");
		}

	}

	/** Stems every field but the vocabulary, and keeps the values of a field apart, so that no phrase spans two. */
	private static final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

		private final Analyzer stems;

		private final Analyzer words;

		FieldAnalyzer(Analyzer stems, Analyzer words) {
			super(PER_FIELD_REUSE_STRATEGY);
			this.stems = stems;
			this.words = words;
		}

		@Override
		protected Analyzer getWrappedAnalyzer(String field) {
			return WORDS.equals(field) ? this.words : this.stems;
		}

		@Override
		public int getPositionIncrementGap(String field) {
			return 100;
		}

	}

}
