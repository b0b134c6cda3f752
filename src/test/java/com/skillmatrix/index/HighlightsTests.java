package com.skillmatrix.index;

import java.util.List;
import java.util.stream.Collectors;

import com.skillmatrix.index.SearchResults.Segment;
import com.skillmatrix.matrix.Description;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTests {

	private final Highlights highlights = new Highlights(new EnglishAnalyzer());

	@Test
	void marksEveryFormOfAStemInTheWholeText() {
		List<Segment> segments = this.highlights.all(stems("rotat"), "Rotates keys; audits the rotation.");
		assertThat(segments).containsExactly(new Segment("Rotates", true), new Segment(" keys; audits the ", false),
				new Segment("rotation", true), new Segment(".", false));
	}

	@Test
	void marksWordsOnlyBlankApartAsOne() {
		assertThat(marked(this.highlights.all(stems("secret", "rotat"), "Designs secret  rotation, then secrets.")))
			.containsExactly("secret  rotation", "secrets");
	}

	@Test
	void markupStaysPlainText() {
		List<Segment> segments = this.highlights.all(stems("script"), "reviews <script>alert(1)</script> & more");
		assertThat(text(segments)).isEqualTo("reviews <script>alert(1)</script> & more");
		assertThat(marked(segments)).containsExactly("script", "script");
	}

	@Test
	void aTextWithNothingToMarkIsOneSegmentAndAnEmptyTextNone() {
		assertThat(this.highlights.all(stems("vault"), "Keeps build agents patched."))
			.containsExactly(new Segment("Keeps build agents patched.", false));
		assertThat(this.highlights.all(stems("vault"), "")).isEmpty();
	}

	@Test
	void aShortTextIsItsOwnSnippetWhereverItMatches() {
		String text = "Opening words. ".repeat(10) + "Then rotation comes.";
		assertThat(text).hasSizeLessThanOrEqualTo(Highlights.SNIPPET);
		assertThat(text(this.highlights.snippet(stems("rotat"), text))).isEqualTo(text);
	}

	@Test
	void aLongTextWithoutAMatchShowsItsBeginning() {
		String text = "Opening words. ".repeat(40);
		String snippet = text(this.highlights.snippet(stems("vault"), text));
		assertThat(snippet).endsWith("…").doesNotStartWith("…");
		assertThat(text).startsWith(snippet.substring(0, snippet.length() - 1));
	}

	@Test
	void aListsSnippetIsTheFirstOfTheLinesThatHoldTheMostTerms() {
		Description list = Description.of("""
				Keeps the vault sealed
				- Rotates keys
				- Rotates vault keys
				- Rotates vault keys again""");
		assertThat(text(this.highlights.snippet(stems("rotat", "vault"), list))).isEqualTo("Rotates vault keys");
		assertThat(text(this.highlights.snippet(stems("incid"), list))).as("no line matches: the first")
			.isEqualTo("Keeps the vault sealed");
	}

	private static Query stems(String... stems) {
		return Highlights.terms(List.of(stems));
	}

	private static String text(List<Segment> segments) {
		return segments.stream().map(Segment::text).collect(Collectors.joining());
	}

	private static List<String> marked(List<Segment> segments) {
		return segments.stream().filter(Segment::marked).map(Segment::text).toList();
	}

}
