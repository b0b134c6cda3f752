package com.skillmatrix.advance;

import java.util.List;
import java.util.stream.Collectors;

import com.skillmatrix.advance.WordDiff.Change;
import com.skillmatrix.advance.WordDiff.Comparison;
import com.skillmatrix.advance.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void identicalTextsHaveNoChange() {
		Comparison comparison = WordDiff.compare("Uses Vault for Go.", "Uses Vault for Go.");
		assertThat(comparison.current()).containsExactly(new Segment("Uses Vault for Go.", Change.KEPT));
		assertThat(comparison.next()).containsExactly(new Segment("Uses Vault for Go.", Change.KEPT));
	}

	@Test
	void pureAdditionsAreMarkedAsOneRun() {
		Comparison comparison = WordDiff.compare("Integrates Vault.", "Integrates HashiCorp Vault with Terraform.");
		assertThat(marked(comparison.next())).isEqualTo("Integrates [+HashiCorp+] Vault [+with Terraform+].");
		assertThat(marked(comparison.current())).isEqualTo("Integrates Vault.");
	}

	@Test
	void rewordingShowsWhatIsRemovedAndWhatIsAdded() {
		Comparison comparison = WordDiff.compare("Uses basic vault CLI commands.", "Administers vault CLI policies.");
		assertThat(marked(comparison.current())).isEqualTo("[-Uses basic-] vault CLI [-commands-].");
		assertThat(marked(comparison.next())).isEqualTo("[+Administers+] vault CLI [+policies+].");
	}

	@Test
	void punctuationIsComparedOnItsOwn() {
		Comparison comparison = WordDiff.compare("Rotates secrets.", "Rotates secrets, keys and certificates.");
		assertThat(marked(comparison.next())).isEqualTo("Rotates secrets[+, keys and certificates+].");
		assertThat(WordDiff.tokens("PKI/mTLS, don't.")).containsExactly("PKI", "/", "mTLS", ",", " ", "don't", ".");
	}

	@Test
	void punctuationBetweenTwoChangesJoinsThem() {
		Comparison comparison = WordDiff.compare("Uses Vault: basics.", "Designs architecture: secure injection.");
		assertThat(marked(comparison.next())).isEqualTo("[+Designs architecture: secure injection+].");
		assertThat(marked(comparison.current())).isEqualTo("[-Uses Vault: basics-].");
	}

	@Test
	void anEmptyCurrentTextMakesEverythingNew() {
		Comparison comparison = WordDiff.compare("", "Designs secrets management.");
		assertThat(comparison.current()).isEmpty();
		assertThat(comparison.next()).containsExactly(new Segment("Designs secrets management.", Change.ADDED));
	}

	@Test
	void anEmptyNextTextRemovesEverything() {
		Comparison comparison = WordDiff.compare("Reads secrets.", "");
		assertThat(comparison.current()).containsExactly(new Segment("Reads secrets.", Change.REMOVED));
		assertThat(comparison.next()).isEmpty();
	}

	@Test
	void segmentsJoinBackIntoTheExactTexts() {
		String current = "Uses HashiCorp Vault for Node.js: retrieving secrets via node-vault client.  Understands (basics).";
		String next = "Integrates Vault: dynamic database credentials, token renewal — and “secret rotation”.\tImplements it.";
		Comparison comparison = WordDiff.compare(current, next);
		assertThat(joined(comparison.current())).isEqualTo(current);
		assertThat(joined(comparison.next())).isEqualTo(next);
	}

	@Test
	void neighbouringSegmentsDiffer() {
		Comparison comparison = WordDiff.compare("a b c d e f", "a x c y e z");
		for (List<Segment> side : List.of(comparison.current(), comparison.next())) {
			for (int i = 1; i < side.size(); i++) {
				assertThat(side.get(i).change()).isNotEqualTo(side.get(i - 1).change());
			}
		}
		assertThat(marked(comparison.next())).isEqualTo("a [+x+] c [+y+] e [+z+]");
	}

	private static String joined(List<Segment> segments) {
		return segments.stream().map(Segment::text).collect(Collectors.joining());
	}

	private static String marked(List<Segment> segments) {
		return segments.stream().map((segment) -> switch (segment.change()) {
			case KEPT -> segment.text();
			case ADDED -> "[+" + segment.text() + "+]";
			case REMOVED -> "[-" + segment.text() + "-]";
		}).collect(Collectors.joining());
	}

}
