package com.skillmatrix.matrix;

import java.util.List;

import com.skillmatrix.matrix.Description.Group;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionTests {

	@Test
	void oneLineIsOneItemKeptExactly() {
		String text = "Rotates secrets, e.g. with Vault.  Reviews policies. ";
		Description description = Description.of(text);
		assertThat(description.list()).isFalse();
		assertThat(description.text()).isEqualTo(text);
		assertThat(description.groups()).containsExactly(new Group(null, List.of(text)));
		assertThat(description.items()).containsExactly(text);
	}

	@Test
	void consecutiveLinesAreAList() {
		Description description = Description.of("Writes tests\nReviews code\r\nPairs with juniors");
		assertThat(description.list()).isTrue();
		assertThat(description.groups()).hasSize(1);
		assertThat(description.items()).containsExactly("Writes tests", "Reviews code", "Pairs with juniors");
	}

	@Test
	void bulletMarkersAreNotRepeatedAsText() {
		Description description = Description.of("- Writes tests\n* Reviews code\n• Pairs with juniors\n-5 °C is cold");
		assertThat(description.items())
			.containsExactly("Writes tests", "Reviews code", "Pairs with juniors", "-5 °C is cold");
	}

	@Test
	void aLineEndingWithAColonHeadsTheLinesUnderIt() {
		Description description = Description
			.of("Owns the service.\nExample behaviors:\n- Writes runbooks\n- Leads incidents\nExample tasks:\nShips v2");
		assertThat(description.groups()).containsExactly(new Group(null, List.of("Owns the service.")),
				new Group("Example behaviors:", List.of("Writes runbooks", "Leads incidents")),
				new Group("Example tasks:", List.of("Ships v2")));
		assertThat(description.items()).containsExactly("Owns the service.", "Writes runbooks", "Leads incidents",
				"Ships v2");
		assertThat(description.groups().get(0).single()).isTrue();
		assertThat(description.groups().get(1).single()).isFalse();
	}

	@Test
	void aBulletEndingWithAColonIsAnItemAndAHeadingWithNothingUnderItIsALine() {
		Description description = Description.of("- Agrees on goals:\n- Tracks them\n\nContact:");
		assertThat(description.groups()).containsExactly(
				new Group(null, List.of("Agrees on goals:", "Tracks them")),
				new Group(null, List.of("Contact:")));
	}

	@Test
	void blankLinesSeparateGroups() {
		Description description = Description.of("Example: writes a design doc\n\n\n   \nExample: mentors two people\n");
		assertThat(description.groups()).containsExactly(
				new Group(null, List.of("Example: writes a design doc")),
				new Group(null, List.of("Example: mentors two people")));
		assertThat(description.list()).isTrue();
	}

	@Test
	void blankLinesAloneAreNoList() {
		Description description = Description.of("\nOwns the roadmap.\n");
		assertThat(description.list()).isFalse();
		assertThat(description.items()).containsExactly("Owns the roadmap.");
		assertThat(Description.of("\n \n").items()).containsExactly("");
	}

}
