package com.skillmatrix.matrix;

import java.util.List;
import java.util.stream.Collectors;

import com.skillmatrix.matrix.WordDiff.Change;
import com.skillmatrix.matrix.WordDiff.Changes;
import com.skillmatrix.matrix.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void identicalTextsHaveNoChange() {
		Changes changes = WordDiff.compare("Uses Vault for Go.", "Uses Vault for Go.");
		assertThat(changes.current()).containsExactly(new Segment("Uses Vault for Go.", Change.KEPT));
		assertThat(changes.next()).containsExactly(new Segment("Uses Vault for Go.", Change.KEPT));
	}

	@Test
	void pureAdditionsAreMarkedAsOneRun() {
		Changes changes = WordDiff.compare("Integrates Vault.", "Integrates HashiCorp Vault with Terraform.");
		assertThat(marked(changes.next())).isEqualTo("Integrates [+HashiCorp+] Vault [+with Terraform+].");
		assertThat(marked(changes.current())).isEqualTo("Integrates Vault.");
	}

	@Test
	void rewordingShowsWhatIsRemovedAndWhatIsAdded() {
		Changes changes = WordDiff.compare("Uses basic vault CLI commands.", "Administers vault CLI policies.");
		assertThat(marked(changes.current())).isEqualTo("[-Uses basic-] vault CLI [-commands-].");
		assertThat(marked(changes.next())).isEqualTo("[+Administers+] vault CLI [+policies+].");
	}

	@Test
	void textsThatShareHalfTheirWordsAreComparedWordByWord() {
		// "vault CLI" is 2 of the 4 words of the longer text: half.
		Changes changes = WordDiff.compareAlike("Uses vault CLI commands.", "Administers vault CLI policies.");
		assertThat(marked(changes.next())).isEqualTo("[+Administers+] vault CLI [+policies+].");
		assertThat(WordDiff.compareAlike("Uses basic vault CLI commands.", "Administers vault CLI policies.").next())
			.as("2 of 5").containsExactly(new Segment("Administers vault CLI policies.", Change.ADDED));
	}

	@Test
	void textsThatShareLessThanHalfTheirWordsAreOneReplacedByTheOther() {
		String current = "Applies Apache Camel in routine tasks with help from a senior colleague.";
		String next = "Designs routing in the team's integration platform.";
		assertThat(marked(WordDiff.compare(current, next).next())).contains("[+", "+] in [+");
		Changes changes = WordDiff.compareAlike(current, next);
		assertThat(changes.current()).containsExactly(new Segment(current, Change.REMOVED));
		assertThat(changes.next()).containsExactly(new Segment(next, Change.ADDED));
		assertThat(WordDiff.compareAlike("", next).current()).isEmpty();
		assertThat(WordDiff.compareAlike(current, "").next()).isEmpty();
		assertThat(WordDiff.compareAlike(current, current).current())
			.containsExactly(new Segment(current, Change.KEPT));
	}

	@Test
	void punctuationIsComparedOnItsOwn() {
		Changes changes = WordDiff.compare("Rotates secrets.", "Rotates secrets, keys and certificates.");
		assertThat(marked(changes.next())).isEqualTo("Rotates secrets[+, keys and certificates+].");
		assertThat(WordDiff.tokens("PKI/mTLS, don't.")).containsExactly("PKI", "/", "mTLS", ",", " ", "don't", ".");
	}

	@Test
	void punctuationBetweenTwoChangesJoinsThem() {
		Changes changes = WordDiff.compare("Uses Vault: basics.", "Designs architecture: secure injection.");
		assertThat(marked(changes.next())).isEqualTo("[+Designs architecture: secure injection+].");
		assertThat(marked(changes.current())).isEqualTo("[-Uses Vault: basics-].");
	}

	@Test
	void anEmptyCurrentTextMakesEverythingNew() {
		Changes changes = WordDiff.compare("", "Designs secrets management.");
		assertThat(changes.current()).isEmpty();
		assertThat(changes.next()).containsExactly(new Segment("Designs secrets management.", Change.ADDED));
	}

	@Test
	void anEmptyNextTextRemovesEverything() {
		Changes changes = WordDiff.compare("Reads secrets.", "");
		assertThat(changes.current()).containsExactly(new Segment("Reads secrets.", Change.REMOVED));
		assertThat(changes.next()).isEmpty();
	}

	@Test
	void segmentsJoinBackIntoTheExactTexts() {
		String current = "Uses HashiCorp Vault for Node.js: retrieving secrets via node-vault client.  Understands (basics).";
		String next = "Integrates Vault: dynamic database credentials, token renewal — and “secret rotation”.\tImplements it.";
		Changes changes = WordDiff.compare(current, next);
		assertThat(joined(changes.current())).isEqualTo(current);
		assertThat(joined(changes.next())).isEqualTo(next);
	}

	@Test
	void neighbouringSegmentsDiffer() {
		Changes changes = WordDiff.compare("a b c d e f", "a x c y e z");
		for (List<Segment> side : List.of(changes.current(), changes.next())) {
			for (int i = 1; i < side.size(); i++) {
				assertThat(side.get(i).change()).isNotEqualTo(side.get(i - 1).change());
			}
		}
		assertThat(marked(changes.next())).isEqualTo("a [+x+] c [+y+] e [+z+]");
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
