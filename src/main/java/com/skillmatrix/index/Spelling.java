package com.skillmatrix.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.skillmatrix.index.SearchResults.Suggestion;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;

/**
 * The words of a search as the matrix knows them, with Lucene's spell checker over the index's vocabulary: a word
 * the matrix does not hold stands for the terms one edit away from it ("rotaton" for "rotation"), and a search that
 * found nothing is offered the terms closest to the words it did not know.
 */
final class Spelling {

	/** The words of a search looked for at most: more than a sentence needs, few enough for a fast query. */
	static final int MAX_WORDS = 24;

	/** A word of this many letters or more may have a typo (one edit) and still find what it meant. */
	private static final int CORRECTED_LENGTH = 5;

	private final Documents documents;

	private final IndexReader reader;

	private final DirectSpellChecker corrections = spellChecker(1, CORRECTED_LENGTH);

	/** For a search that found nothing: terms up to two edits away from a word of three letters or more. */
	private final DirectSpellChecker suggestions = spellChecker(2, 3);

	Spelling(Documents documents, IndexReader reader) {
		this.documents = documents;
		this.reader = reader;
	}

	/**
	 * The distinct words of the text, stop words left out. Each stands for its stem where the matrix holds it, else
	 * for the stems of the matrix's words one edit away, if any.
	 */
	List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		for (String token : Documents.terms(this.documents.words, text).stream().distinct().limit(MAX_WORDS).toList()) {
			String stem = Documents.terms(this.documents.stems, token).stream().findFirst().orElse(null);
			if (stem == null) {
				continue;
			}
			if (known(stem)) {
				words.add(new Word(token, List.of(stem), true));
				continue;
			}
			List<String> corrected = similar(this.corrections, token)
				.stream()
				.flatMap((term) -> Documents.terms(this.documents.stems, term).stream())
				.distinct()
				.toList();
			words.add(corrected.isEmpty() ? new Word(token, List.of(stem), false) : new Word(token, corrected, true));
		}
		return words;
	}

	/** For a search that found nothing: the terms closest to each word found nowhere, in the search in its place. */
	List<Suggestion> suggest(List<Word> words, List<String> phrases) {
		List<Suggestion> suggestions = new ArrayList<>();
		String quoted = phrases.stream().map((phrase) -> " \"" + phrase + "\"").collect(Collectors.joining());
		for (Word word : words) {
			if (word.found()) {
				continue;
			}
			for (String term : similar(this.suggestions, word.text())) {
				String query = words.stream()
					.map((other) -> (other == word) ? term : other.text())
					.collect(Collectors.joining(" "));
				suggestions.add(new Suggestion(term, query + quoted));
			}
		}
		return suggestions;
	}

	private boolean known(String stem) {
		try {
			for (String field : List.of(Documents.NAME, Documents.TEXT, Documents.CONTEXT)) {
				if (this.reader.docFreq(new Term(field, stem)) > 0) {
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
				.stream(checker.suggestSimilar(new Term(Documents.WORDS, word), 3, this.reader,
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
				.map((suggestion) -> suggestion.string)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DirectSpellChecker spellChecker(int maxEdits, int minLength) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMaxEdits(maxEdits);
		checker.setMinPrefix(0);
		checker.setMinQueryLength(minLength);
		return checker;
	}

}
