package com.skillmatrix.matrix;

import java.util.List;

import com.skillmatrix.TestMatrix;
import com.skillmatrix.loading.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

	@Test
	void splitsADescriptionIntoItsSentences() {
		assertThat(Sentences.of("Understands basic Secrets Management concepts. Follows security guidelines. "
				+ "Recognizes typical code vulnerabilities.")).containsExactly(
						"Understands basic Secrets Management concepts.", "Follows security guidelines.",
						"Recognizes typical code vulnerabilities.");
	}

	@Test
	void oneSentenceIsOneStatement() {
		assertThat(Sentences.of("Designs secrets management.")).containsExactly("Designs secrets management.");
		assertThat(Sentences.of("No full stop at the end")).containsExactly("No full stop at the end");
	}

	@Test
	void aDotInsideAWordEndsNothing() {
		assertThat(Sentences.of("Uses HashiCorp Vault for Node.js: retrieving secrets via node-vault client. "
				+ "Understands secrets management principles.")).containsExactly(
						"Uses HashiCorp Vault for Node.js: retrieving secrets via node-vault client.",
						"Understands secrets management principles.");
		assertThat(Sentences.of("Uses v2.1 of the tooling, and documents what changed. Reviews .NET services."))
			.containsExactly("Uses v2.1 of the tooling, and documents what changed.", "Reviews .NET services.");
	}

	@Test
	void aWordWithADotEndsASentenceLikeAnyOther() {
		assertThat(Sentences.of("Writes services in Node.js. Knows npm audit.")).containsExactly(
				"Writes services in Node.js.", "Knows npm audit.");
	}

	@Test
	void aVersionNumberCanEndASentence() {
		assertThat(Sentences.of("Configures KV v2. Rotates tokens with Vault Agent.")).containsExactly(
				"Configures KV v2.", "Rotates tokens with Vault Agent.");
	}

	@Test
	void abbreviationsBeforeANameEndNothing() {
		assertThat(Sentences.of("Uses a cloud store, e.g. AWS Secrets Manager. Knows its limits."))
			.containsExactly("Uses a cloud store, e.g. AWS Secrets Manager.", "Knows its limits.");
		assertThat(Sentences.of("Asks for help, e.g. when a build breaks. Learns from it.")).containsExactly(
				"Asks for help, e.g. when a build breaks.", "Learns from it.");
		assertThat(Sentences.of("Picks one store, i.e. Vault. Compares Vault vs. SOPS. Cites U.S. NIST guidance."))
			.containsExactly("Picks one store, i.e. Vault.", "Compares Vault vs. SOPS.",
					"Cites U.S. NIST guidance.");
	}

	@Test
	void aLowerCaseWordAfterADotStartsNoSentence() {
		assertThat(Sentences.of("Uses tools (Vault, SOPS, etc.) and rotates keys. Knows why."))
			.containsExactly("Uses tools (Vault, SOPS, etc.) and rotates keys.", "Knows why.");
	}

	@Test
	void questionsExclamationsQuotesAndBracketsEndSentencesToo() {
		assertThat(Sentences.of("Asks “why rotate?” Then rotates! (Weekly.) “Never” hardcodes secrets…"))
			.containsExactly("Asks “why rotate?”", "Then rotates!", "(Weekly.)", "“Never” hardcodes secrets…");
	}

	@Test
	void otherWhiteSpaceStaysWithTheSentenceItFollows() {
		assertThat(Sentences.of("Reads secrets.  Writes them.")).containsExactly("Reads secrets. ", "Writes them.");
		assertThat(Sentences.of("Reads secrets.\nWrites them.")).containsExactly("Reads secrets.\nWrites them.");
		assertThat(Sentences.of("Reads secrets. ")).containsExactly("Reads secrets. ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", ".", ". . .", "A. B. C.", "  Leading. And trailing.  ", "e.g. E.g. I.e. X.",
			"Ends with an opener. (", "Ends with a closer.) ", "…Ellipsis… Then more." })
	void anyTextJoinsBackExactly(String text) {
		assertThat(String.join(" ", Sentences.of(text))).isEqualTo(text);
	}

	@Test
	void everyDescriptionOfTheMatrixJoinsBackExactly() {
		List<Matrix.Cell> cells = TestMatrix.skills().stream().flatMap((skill) -> skill.data().cells().stream()).toList();
		assertThat(cells).isNotEmpty();
		for (Matrix.Cell cell : cells) {
			List<String> sentences = Sentences.of(cell.description());
			assertThat(String.join(" ", sentences)).as(cell.role() + " at " + cell.level())
				.isEqualTo(cell.description());
			assertThat(sentences).as(cell.description()).noneMatch(String::isBlank);
		}
	}

	@Test
	void everySeedDescriptionIsSplitIntoItsSentences() {
		TestMatrix.assumeSeed();
		TestMatrix.Skill seed = TestMatrix.skill(TestMatrix.SEED_SKILL);
		assertThat(seed.data().cells()).hasSize(91);
		for (Matrix.Cell cell : seed.data().cells()) {
			List<String> sentences = Sentences.of(cell.description());
			assertThat(String.join(" ", sentences)).isEqualTo(cell.description());
			// The seed's sentences all end with a full stop, and each starts with a capital.
			assertThat(sentences).as(cell.description())
				.allMatch((sentence) -> sentence.endsWith(".") && Character.isUpperCase(sentence.charAt(0)));
		}
		Matrix.Cell devops = seed.cell("DevOps Engineer", "junior");
		assertThat(Sentences.of(devops.description())).containsExactly(
				"Understands the importance of secrets management, doesn't store passwords in code.",
				"Uses HashiCorp Vault for reading secrets by instruction, works with basic vault CLI commands.",
				"Knows the difference between environment secrets and vault storage.");
	}

}
