package com.skillmatrix.changes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.Instance;
import com.skillmatrix.TestFolders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matrix loaded, then changed: a role and a level renamed under their slugs, a role and a level renamed so that
 * their slugs changed, two levels that swap places, and a skill moved to another domain and category. Each skill's
 * change log says each change in one line where the skill has cells of it, never as its cells removed and added.
 */
class RolesAndLevelsChangeLogPageTests {

	private static final String SKILL = "test-automation";

	/** A skill with cells at the lowest level only, moved to another domain and category. */
	private static final String MOVED = "incident-review";

	/** The levels before the change, slug and name, lowest first. */
	private static final List<List<String>> LEVELS = List.of(List.of("novice", "Novice"),
			List.of("practitioner", "Practitioner"), List.of("expert", "Expert"), List.of("mentor", "Mentor"),
			List.of("fellow", "Fellow"));

	/**
	 * The levels after it: the second renamed under its slug, the third under a new one, the last two swapped.
	 */
	private static final List<List<String>> CHANGED_LEVELS = List.of(List.of("novice", "Novice"),
			List.of("practitioner", "Skilled Practitioner"), List.of("specialist", "Specialist"),
			List.of("fellow", "Fellow"), List.of("mentor", "Mentor"));

	/** The roles before the change, and after it: the first renamed under its slug, the second under a new one. */
	private static final List<String> ROLES = List.of("Site Reliability Engineer", "Tester", "Backend Engineer");

	private static final List<String> CHANGED_ROLES = List.of("Site Reliability Engineer (SRE)", "Quality Engineer",
			"Backend Engineer");

	@TempDir
	static Path folder;

	private static Instance instance;

	@BeforeAll
	static void loadAndChange() throws IOException {
		write(false);
		instance = Instance.afterChange(folder, "roles-and-levels", () -> write(true));
	}

	@AfterAll
	static void stop() {
		instance.close();
	}

	@Test
	void rolesAndLevelsRenamedAndLevelsMovedAreALineEach() {
		assertThat(newest(SKILL)).containsExactlyInAnyOrder(
				"Role renamed: Site Reliability Engineer → Site Reliability Engineer (SRE)",
				"Role renamed: Tester → Quality Engineer", "Level renamed: Practitioner → Skilled Practitioner",
				"Level renamed: Expert → Specialist", "Level moved: Mentor, from step 4 to step 5 of the growth path",
				"Level moved: Fellow, from step 5 to step 4 of the growth path");
	}

	@Test
	void aSkillMovedInTheCatalogueSaysWhereToAndLogsNoLevelItHasNoCellsOf() {
		assertThat(newest(MOVED)).containsExactly("Moved to another domain: from Engineering to Operations",
				"Moved to another category: from Quality to Reliability");
	}

	@Test
	void theChangesAreSaidInEachLanguage() {
		Document log = Jsoup.parse(instance.page("/skills/" + SKILL + "/changes?lang=de"));
		assertThat(log.selectFirst("section.change-log__import").select("li").eachText())
			.contains("Stufe verschoben: Mentor, von Schritt 4 auf Schritt 5 des Entwicklungspfads");
	}

	/** The lines of the newest import in a skill's change log, as a person reads them. */
	private static List<String> newest(String skill) {
		Document log = Jsoup.parse(instance.page("/skills/" + skill + "/changes"));
		assertThat(log.select("section.change-log__import")).as("the first load and the change").hasSize(2);
		return log.selectFirst("section.change-log__import").select("li").eachText();
	}

	/** Writes the levels and the matrix in the CSV format, before the change or after it. */
	private static void write(boolean changed) throws IOException {
		List<List<String>> levels = changed ? CHANGED_LEVELS : LEVELS;
		List<String> roles = changed ? CHANGED_ROLES : ROLES;
		TestFolders.writeLevels(folder, levels);
		List<List<String>> rows = new ArrayList<>();
		// Each cell keeps its level, whatever the level's name and place, and its role by its place in the list.
		for (List<String> level : LEVELS) {
			for (int role = 0; role < roles.size(); role++) {
				rows.add(List.of(SKILL, "Test Automation", "Engineering", "Quality", "Tests that run themselves",
						"2026-05-04", levelName(levels, level.get(0)), roles.get(role),
						(role == 0) ? "required" : "optional",
						"Automates the tests of step " + level.get(0) + " for role " + (role + 1) + "."));
			}
		}
		rows.add(List.of(MOVED, "Incident Review", changed ? "Operations" : "Engineering",
				changed ? "Reliability" : "Quality", "Learning from what went wrong", "2026-05-04",
				levels.get(0).get(1), roles.get(2), "optional", "Writes down what happened, in order."));
		TestFolders.writeMatrix(folder, rows);
	}

	/** A level's name in a list of levels, by its slug before the change (the renamed one has a new slug after it). */
	private static String levelName(List<List<String>> levels, String slug) {
		int rank = LEVELS.stream().map((level) -> level.get(0)).toList().indexOf(slug);
		return levels.stream()
			.filter((level) -> level.get(0).equals(slug))
			.findFirst()
			.orElse(levels.get(rank))
			.get(1);
	}

}
