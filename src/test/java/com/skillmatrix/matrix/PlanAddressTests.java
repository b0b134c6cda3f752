package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The plan's compact address: what goes in comes out, it stays short, and it never gives an answer to another skill. */
class PlanAddressTests {

	private static final List<String> LEVELS = List.of("junior", "middle", "senior", "lead", "principal");

	/** The role of the largest matrix a company is expected to have: every one of 150 skills. */
	private static final List<String> SKILLS = IntStream.rangeClosed(1, 150)
		.mapToObj((n) -> "infrastructure-as-code-practice-" + n)
		.toList();

	@Test
	void whatIsEncodedIsReadBackForEverySkill() {
		Map<String, String> answers = answers(SKILLS, new Random(1), true);
		PlanAddress.Reading reading = PlanAddress.decode(PlanAddress.encode(SKILLS, LEVELS, answers), SKILLS, LEVELS);
		assertThat(reading.answers()).isEqualTo(answers);
		assertThat(reading.changed()).isFalse();
		assertThat(reading.added()).isEmpty();
	}

	@Test
	void skillsWithoutAnAnswerStayUnansweredAndAreNotNew() {
		Map<String, String> answers = Map.of(SKILLS.get(3), "lead", SKILLS.get(7), PlanAddress.NONE);
		PlanAddress.Reading reading = PlanAddress.decode(PlanAddress.encode(SKILLS, LEVELS, answers), SKILLS, LEVELS);
		assertThat(reading.answers()).isEqualTo(answers);
		assertThat(reading.added()).isEmpty();
		assertThat(reading.changed()).isFalse();
	}

	@Test
	void theSameAnswersMakeTheSameAddressWhateverTheirOrder() {
		Map<String, String> answers = answers(SKILLS, new Random(2), true);
		List<String> skills = new ArrayList<>(answers.keySet());
		Collections.reverse(skills);
		Map<String, String> reversed = new LinkedHashMap<>();
		skills.forEach((skill) -> reversed.put(skill, answers.get(skill)));
		assertThat(PlanAddress.encode(SKILLS, LEVELS, reversed)).isEqualTo(PlanAddress.encode(SKILLS, LEVELS, answers));
	}

	@Test
	void everyAnswerOfAHundredAndFiftySkillsFitsInAnAddressUnderTwoThousandCharacters() {
		Random random = new Random(3);
		for (int i = 0; i < 50; i++) {
			String address = "/roles/site-reliability-engineer/plan?" + PlanAddress.PARAMETER + "="
					+ PlanAddress.encode(SKILLS, LEVELS, answers(SKILLS, random, true));
			assertThat(address).hasSizeLessThan(2000);
		}
		List<String> longSlugs = SKILLS.stream().map((slug) -> slug + "-with-a-much-longer-name-than-most").toList();
		assertThat(PlanAddress.encode(longSlugs, LEVELS, answers(longSlugs, random, true)))
			.as("the slugs' length does not count")
			.hasSizeLessThan(1000);
		List<String> twelveLevels = IntStream.rangeClosed(1, 12).mapToObj((n) -> "level-" + n).toList();
		assertThat(PlanAddress.encode(SKILLS, twelveLevels, answers(SKILLS, twelveLevels, random)))
			.hasSizeLessThan(1000);
	}

	@Test
	void anAnswerForARemovedSkillIsDroppedAndANewSkillIsUnanswered() {
		Map<String, String> answers = answers(SKILLS, new Random(4), true);
		String address = PlanAddress.encode(SKILLS, LEVELS, answers);
		List<String> now = new ArrayList<>(SKILLS);
		String removed = now.remove(10);
		now.add(40, "a-skill-added-later");
		PlanAddress.Reading reading = PlanAddress.decode(address, now, LEVELS);
		Map<String, String> kept = new HashMap<>(answers);
		kept.remove(removed);
		assertThat(reading.answers()).isEqualTo(kept);
		assertThat(reading.added()).containsExactly("a-skill-added-later");
		assertThat(reading.dropped()).isEqualTo(1);
		assertThat(reading.changed()).isTrue();
	}

	@Test
	void answersSurviveLevelsAddedAroundThemAndAnAnswerAtARemovedLevelIsLost() {
		Map<String, String> answers = Map.of(SKILLS.get(0), "senior", SKILLS.get(1), "lead", SKILLS.get(2), "junior");
		String address = PlanAddress.encode(SKILLS, LEVELS, answers);
		List<String> levels = List.of("trainee", "junior", "middle", "senior", "principal");
		PlanAddress.Reading reading = PlanAddress.decode(address, SKILLS, levels);
		assertThat(reading.answers()).isEqualTo(Map.of(SKILLS.get(0), "senior", SKILLS.get(2), "junior"));
		assertThat(reading.lostLevels()).isEqualTo(1);
		assertThat(reading.added()).as("the skill is still named, only its answer is gone").isEmpty();
		assertThat(reading.changed()).isTrue();
	}

	@Test
	void twoSkillsThatShareAKeyGetLongerKeys() {
		List<String> pair = collidingPair(PlanAddress.Kind.SKILL, 4);
		List<String> skills = List.of(pair.get(0), "another-skill", pair.get(1));
		Map<String, String> answers = Map.of(pair.get(0), "junior", pair.get(1), "principal");
		String address = PlanAddress.encode(skills, LEVELS, answers);
		assertThat(address).startsWith("1.53.");
		assertThat(PlanAddress.decode(address, skills, LEVELS).answers()).isEqualTo(answers);
	}

	@Test
	void aNewSkillThatTakesAnOldKeyNeverReceivesItsAnswer() {
		List<String> pair = collidingPair(PlanAddress.Kind.SKILL, 4);
		// Made when the role had the first skill only; read when a second skill of the same short key has joined it.
		String address = PlanAddress.encode(List.of(pair.get(0), "kept"), LEVELS,
				Map.of(pair.get(0), "senior", "kept", "lead"));
		assertThat(address).startsWith("1.43.");
		PlanAddress.Reading reading = PlanAddress.decode(address, List.of(pair.get(0), "kept", pair.get(1)), LEVELS);
		assertThat(reading.answers()).isEqualTo(Map.of("kept", "lead"));
		assertThat(reading.dropped()).isEqualTo(1);
		assertThat(reading.added()).containsExactlyInAnyOrder(pair.get(0), pair.get(1));
	}

	@Test
	void anAddressCutShortAnywhereIsIncomplete() {
		String address = PlanAddress.encode(SKILLS, LEVELS, answers(SKILLS, new Random(5), false));
		for (int length = 1; length < address.length(); length++) {
			String cut = address.substring(0, length);
			PlanAddress.Damaged damaged = catchThrowableOfType(PlanAddress.Damaged.class,
					() -> PlanAddress.decode(cut, SKILLS, LEVELS));
			assertThat(damaged).as("cut to " + length).isNotNull();
			assertThat(damaged.damage()).as("cut to " + length).isIn(PlanAddress.Damage.INCOMPLETE);
		}
	}

	@Test
	void anAddressWithAnyCharacterChangedCannotBeRead() {
		String address = PlanAddress.encode(SKILLS, LEVELS, answers(SKILLS, new Random(6), true));
		String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_.";
		Random random = new Random(7);
		for (int at = 0; at < address.length(); at++) {
			char other;
			do {
				other = digits.charAt(random.nextInt(digits.length()));
			}
			while (other == address.charAt(at));
			String changed = address.substring(0, at) + other + address.substring(at + 1);
			assertThatThrownBy(() -> PlanAddress.decode(changed, SKILLS, LEVELS)).as("changed at " + at)
				.isInstanceOf(PlanAddress.Damaged.class);
		}
	}

	@Test
	void whatCannotBeAnAddressSaysWhy() {
		assertThat(damage("")).isEqualTo(PlanAddress.Damage.EMPTY);
		assertThat(damage(null)).isEqualTo(PlanAddress.Damage.EMPTY);
		assertThat(damage("1.43.abc def")).isEqualTo(PlanAddress.Damage.CHARACTERS);
		assertThat(damage("1.43.<script>")).isEqualTo(PlanAddress.Damage.CHARACTERS);
		assertThat(damage("9".repeat(7000))).isEqualTo(PlanAddress.Damage.CHARACTERS);
		assertThat(damage("2.43.abcd.xyz0")).isEqualTo(PlanAddress.Damage.VERSION);
		assertThat(damage("senior")).isEqualTo(PlanAddress.Damage.INCOMPLETE);
		assertThat(damage("1")).isEqualTo(PlanAddress.Damage.INCOMPLETE);
	}

	@Test
	void anAddressWithAValidCheckButPartsThatMakeNoPlanIsDamaged() {
		String key = PlanAddress.key(PlanAddress.Kind.SKILL, SKILLS.get(0), 4);
		String level = PlanAddress.key(PlanAddress.Kind.LEVEL, "senior", 3);
		for (String body : List.of("1.43." + level + key + ".-" + key, "1.43." + level + key + "." + level
				+ PlanAddress.key(PlanAddress.Kind.SKILL, SKILLS.get(1), 4), "1.43." + level + key + "x", "1.4.-" + key,
				"1.43..-" + key, "1.43." + level, "1.03.-" + key, "1.43.-" + key.substring(0, 3) + "_")) {
			String address = body + "." + PlanAddress.key(PlanAddress.Kind.CHECK, body, 4);
			assertThat(damage(address)).as(body).isEqualTo(PlanAddress.Damage.FORM);
		}
	}

	private static PlanAddress.Damage damage(String value) {
		return catchThrowableOfType(PlanAddress.Damaged.class, () -> PlanAddress.decode(value, SKILLS, LEVELS))
			.damage();
	}

	/** Two slugs whose keys of a length are the same: found among made-up slugs, as in a large matrix by chance. */
	private static List<String> collidingPair(PlanAddress.Kind kind, int length) {
		Map<String, String> seen = new HashMap<>();
		for (int n = 0;; n++) {
			String slug = "skill-" + n;
			String other = seen.putIfAbsent(PlanAddress.key(kind, slug, length), slug);
			if (other != null) {
				return List.of(other, slug);
			}
		}
	}

	/** An answer for each skill, or for most of them: a level or "not yet". */
	private static Map<String, String> answers(List<String> skills, Random random, boolean all) {
		Map<String, String> answers = new LinkedHashMap<>();
		List<String> choices = new ArrayList<>(LEVELS);
		choices.add(PlanAddress.NONE);
		for (String skill : skills) {
			if (all || random.nextInt(5) > 0) {
				answers.put(skill, choices.get(random.nextInt(choices.size())));
			}
		}
		return answers;
	}

	private static Map<String, String> answers(List<String> skills, List<String> levels, Random random) {
		Map<String, String> answers = new LinkedHashMap<>();
		skills.forEach((skill) -> answers.put(skill, levels.get(random.nextInt(levels.size()))));
		return answers;
	}

}
