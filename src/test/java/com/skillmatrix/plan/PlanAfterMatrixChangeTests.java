package com.skillmatrix.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.skillmatrix.Instance;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.postgres.PostgresCluster;
import com.skillmatrix.postgres.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan made last quarter still opens: the data folder changes (a skill of the role removed, another added) and the
 * server starts again, on its database as it was and on a new one, where every id is new (the embedded database, or
 * PostgreSQL in the PostgreSQL run). The old compact
 * address keeps the answers of the skills that are still there, drops the removed skill's and shows the new skill
 * unanswered, and the page says both.
 */
@Tag("database")
@ExtendWith(TestDatabase.class)
class PlanAfterMatrixChangeTests {

	private static final String ROLE = PlanPageTests.ROLE;

	private static final String REMOVED = "plan-skill-removed-later";

	private static final String ADDED = "plan-skill-added-later";

	@TempDir
	Path folder;

	@Test
	void anOldAddressKeepsTheAnswersOfTheSkillsThatAreStillThereAndSaysWhatChanged() throws IOException {
		copy(TestMatrix.folder(), this.folder);
		write(REMOVED, "Removed Later Skill");
		List<String> database = database("plan_kept");
		String address;
		Map<String, String> answers = new LinkedHashMap<>();
		try (Instance before = start(database)) {
			Document form = Jsoup.parse(before.get(PlanPageTests.plan(ROLE)).body());
			List<String> skills = form.select("form.plan-form input[type=radio]").eachAttr("name")
				.stream().distinct().toList();
			assertThat(skills).contains(REMOVED).hasSize(TestMatrix.skillsOf(ROLE).size() + 1);
			List<String> levels = TestMatrix.levelSlugs();
			for (int i = 0; i < skills.size(); i++) {
				answers.put(skills.get(i), (i % (levels.size() + 1) < levels.size()) ? levels.get(i % (levels.size() + 1))
						: "none");
			}
			var sent = before.get(PlanPageTests.longForm(ROLE, answers));
			assertThat(sent.statusCode()).isEqualTo(303);
			address = sent.headers().firstValue("Location").orElseThrow();
			assertThat(Jsoup.parse(before.get(address).body()).select(".plan-changes")).isEmpty();
		}

		Files.delete(this.folder.resolve(REMOVED + ".csv"));
		write(ADDED, "Added Later Skill");
		Map<String, String> kept = new LinkedHashMap<>(answers);
		kept.remove(REMOVED);
		// The same database, which the start brings up to date; and a new one, as a server on the embedded database
		// has after a restart, where every skill and level has a new id.
		for (List<String> after : List.of(database, database("plan_new"))) {
			try (Instance instance = start(after)) {
				var response = instance.get(address);
				assertThat(response.statusCode()).as(after.toString()).isEqualTo(200);
				Document page = Jsoup.parse(response.body());
				assertThat(page.select(".plan-changes__heading").text())
					.isEqualTo("The matrix has changed since this plan was made");
				assertThat(page.select(".plan-changes__list > li").eachText()).containsExactly(
						"1 answer was for skills that are no longer part of the role " + ROLE
								+ ": it has been dropped.",
						"1 skill has been added to the role " + ROLE + " since, with no answer yet: Added Later Skill");
				assertThat(page.select("input[name=" + REMOVED + "]")).isEmpty();
				for (Map.Entry<String, String> answer : kept.entrySet()) {
					assertThat(page.select("input[name=" + answer.getKey() + "][checked]").eachAttr("value"))
						.as(answer.getKey()).containsExactly(answer.getValue());
				}
				Element added = page.selectFirst("fieldset#skill-" + ADDED);
				assertThat(added.select("input[checked]")).isEmpty();
				assertThat(added.select(".plan-form__note").text()).isEqualTo("New in this role");
				assertThat(page.select(".plan-changes a[href=#skill-" + ADDED + "]").text()).isEqualTo("Added Later Skill");

				JsonNode json = JsonMapper.shared().readTree(instance.get("/api/v1" + address).body());
				Map<String, String> given = new LinkedHashMap<>();
				json.get("answers").properties().forEach((entry) -> given.put(entry.getKey(),
						entry.getValue().isNull() ? null : entry.getValue().asString()));
				Map<String, String> expected = new LinkedHashMap<>();
				kept.forEach((skill, level) -> expected.put(skill, level.equals("none") ? null : level));
				expected.put(ADDED, null);
				assertThat(given).containsExactlyInAnyOrderEntriesOf(expected);

				String current = page.select(".plan-changes a:not([href^=#])").attr("href");
				assertThat(current).startsWith(PlanPageTests.plan(ROLE) + "?P=").isNotEqualTo(address);
				Document now = Jsoup.parse(instance.get(current).body());
				assertThat(now.select(".plan-changes")).as("the address of the plan as it stands").isEmpty();
				assertThat(now.select("input[checked]").eachAttr("name")).containsExactlyInAnyOrderElementsOf(kept.keySet());
			}
		}
	}

	/**
	 * The arguments that start an instance on a database of its own: an embedded one, or on the PostgreSQL run a new
	 * database of the run's cluster.
	 */
	private static List<String> database(String name) {
		if (TestDatabase.postgres()) {
			return List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + TestDatabase.sharedCluster().createDatabase(name),
					"--spring.datasource.username=" + PostgresCluster.USER, "--spring.datasource.password=");
		}
		return List.of("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
	}

	private Instance start(List<String> database) {
		List<String> arguments = new ArrayList<>(database);
		arguments.add("--skillmatrix.data=" + this.folder);
		return Instance.start(arguments.toArray(String[]::new));
	}

	/** A skill of the role in the matrix CSV format, with a cell at every level, in a file of its own. */
	private void write(String slug, String name) throws IOException {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord("skill_slug", "skill_name", "domain", "category", "summary", "last_updated", "level",
					"role", "required", "description");
			for (String level : TestMatrix.levelNames()) {
				printer.printRecord(slug, name, "Planning", "Planning", "A skill the plan's test adds", "2026-06-01",
						level, ROLE, level.equals(TestMatrix.first().name()) ? "required" : "optional",
						name + " at " + level + ".");
			}
		}
		Files.writeString(this.folder.resolve(slug + ".csv"), csv.toString());
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}

}
