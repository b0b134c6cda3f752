package com.skillmatrix.matrix;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@Test
	void anEmojiOrSymbolBeforeANameDoesNotCountInItsOrder() {
		List<String> names = List.of("🗣️ Stakeholder Updates", "Pairing", "✅ Code Review", "★ Incident Commander",
				"(Legacy) Mainframe", "Écrivain", "estimation", "Backend Developer (Go)", "Backend Developer (C#/.NET)");
		assertThat(names.stream().sorted(Names.ORDER).toList()).containsExactly("Backend Developer (C#/.NET)",
				"Backend Developer (Go)", "✅ Code Review", "Écrivain", "estimation", "★ Incident Commander",
				"(Legacy) Mainframe", "Pairing", "🗣️ Stakeholder Updates");
	}

	@Test
	void namesWithTheSameWordsSortByTheirTextSoThatTheOrderIsTotal() {
		assertThat(Stream.of("💬 Communication", "communication", "Communication").sorted(Names.ORDER).toList())
			.containsExactly("Communication", "communication", "💬 Communication");
		assertThat(Names.ORDER.compare("C++", "C#")).isNotZero();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', textBlock = """
			💬 Communication; communication
			★ Incident Commander; incident commander
			Site Reliability Engineer (SRE); site reliability engineer sre
			Node.js  —  Backend; node js backend
			Développeur Full-Stack; developpeur full stack
			C#; c
			""")
	void wordsAreTheLettersAndDigitsInLowerCaseWithoutAccents(String name, String words) {
		assertThat(Names.words(name)).isEqualTo(words);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', textBlock = """
			💬 Communication; C
			★ incident commander; I
			Écrivain; E
			3D Artist; 3
			Δelta Engineer; Δ
			Инженер Go; И
			数据 Lead; 数
			💬; 💬
			""")
	void aNameIsListedUnderItsFirstLetter(String name, String initial) {
		assertThat(Names.initial(name)).isEqualTo(initial);
	}

	@Test
	void aCategoryNamedLikeItsDomainIsAlikeWhateverItsCaseMarksOrEmoji() {
		assertThat(Names.alike("Engineering", "Engineering")).isTrue();
		assertThat(Names.alike("Engineering", "engineering")).isTrue();
		assertThat(Names.alike("💻 Engineering", "Engineering")).isTrue();
		assertThat(Names.alike("Sécurité", "Securite")).isTrue();
		assertThat(Names.alike("Engineering", "Engineering Practices")).isFalse();
		assertThat(Names.alike("Security", "Infrastructure Security")).isFalse();
	}

	@Test
	void aCategoryNamedLikeItsDomainIsNotShownAfterIt() {
		assertThat(Names.showsCategory("Engineering", "Engineering")).isFalse();
		assertThat(Names.showsCategory("🤝 Collaboration", "collaboration")).isFalse();
		assertThat(Names.showsCategory("Security", "Infrastructure Security")).isTrue();
	}

	@Test
	void skillsComeByDomainThenCategoryThenName() {
		record Skill(String domain, String category, String name) {
		}
		List<Skill> skills = List.of(new Skill("🔒 Security", "Secrets", "Vault"),
				new Skill("Delivery", "Pipelines", "✅ Reviews"), new Skill("Delivery", "Pipelines", "Artifacts"),
				new Skill("Delivery", "(Core) Builds", "Zig"));
		assertThat(skills.stream().sorted(Names.byPlace(Skill::domain, Skill::category, Skill::name)).toList())
			.extracting(Skill::name)
			.containsExactly("Zig", "Artifacts", "✅ Reviews", "Vault");
	}

}
