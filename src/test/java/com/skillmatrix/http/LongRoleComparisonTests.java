package com.skillmatrix.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.Instance;
import com.skillmatrix.Pages;
import com.skillmatrix.matrix.MatrixCsvFormat;
import com.skillmatrix.matrix.RoleComparison;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles compared across a matrix whose descriptions together are longer than a page shows side by side, on an
 * instance of its own: every cell says Required or Optional in words and links to its text, the page says why, and
 * narrowing the comparison brings the text back. Beta and Gamma share one cell in the second skill.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongRoleComparisonTests {

	private static final List<String> ROLES = List.of("Alpha Engineer", "Beta Engineer", "Gamma Engineer");

	/** Enough skills at 3,000 characters a cell for three roles to pass the limit. */
	private static final int SKILLS = RoleComparison.TEXT_LIMIT / (3 * 3000) + 2;

	private static final String ADDRESS = "/roles/compare?roles=alpha-engineer&roles=beta-engineer&roles=gamma-engineer"
			+ "&level=high";

	private Path folder;

	private Instance instance;

	/** A cell as the file states it. */
	record Cell(String skill, String role, boolean required, String description) {

		String skillSlug() {
			return Slugs.of(this.skill);
		}

	}

	private final List<Cell> cells = new ArrayList<>();

	@BeforeAll
	void start() throws IOException {
		for (int skill = 1; skill <= SKILLS; skill++) {
			for (String role : ROLES) {
				// Beta and Gamma say the very same in the second skill; only Alpha's first skill is required.
				String writer = (skill == 2 && !role.startsWith("Alpha")) ? "Beta or Gamma" : role;
				this.cells.add(new Cell("Skill " + skill, role, skill == 1 && role.startsWith("Alpha"),
						description(writer, skill)));
			}
		}
		StringBuilder csv = new StringBuilder(String.join(",", MatrixCsvFormat.HEADER)).append('\n');
		for (Cell cell : this.cells) {
			csv.append(cell.skillSlug()).append(',').append(cell.skill()).append(",Engineering,Practice,S,2026-01-02,High,")
				.append(cell.role())
				.append(',')
				.append(cell.required() ? "required" : "optional")
				.append(',')
				.append(cell.description())
				.append('\n');
		}
		this.folder = Files.createTempDirectory("long-comparison");
		Files.writeString(this.folder.resolve("levels.csv"), "slug,name\nlow,Low\nhigh,High\n");
		Files.writeString(this.folder.resolve("matrix.csv"), csv.toString());
		this.instance = Instance.start("--skillmatrix.data=" + this.folder,
				"--spring.datasource.url=jdbc:h2:mem:long-comparison;DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	void stop() throws IOException {
		if (this.instance != null) {
			this.instance.close();
		}
		try (var files = Files.list(this.folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(this.folder);
	}

	/** Sentences of their own for a role (or roles) and a skill, some 3,000 characters, no comma to quote. */
	private static String description(String writer, int skill) {
		StringBuilder text = new StringBuilder();
		for (int sentence = 1; text.length() < 3000; sentence++) {
			text.append(text.isEmpty() ? "" : " ")
				.append(writer)
				.append(" looks after part ")
				.append(sentence)
				.append(" of skill ")
				.append(skill)
				.append('.');
		}
		return text.toString();
	}

	@Test
	void pastTheLimitEachCellLinksToItsTextAndThePageSaysWhy() {
		assertThat(this.cells.stream().mapToInt((cell) -> cell.description().length()).sum())
			.isGreaterThan(RoleComparison.TEXT_LIMIT);
		Document page = page(ADDRESS);
		assertThat(page.select(".compare-roles__linked").text()).isEqualTo("Together these roles’ descriptions are too "
				+ "long for one page, so each cell links to its text. Compare fewer roles, or show only some of the "
				+ "skills, to read them side by side here.");
		assertThat(page.select("table .description")).isEmpty();
		for (int skill = 1; skill <= SKILLS; skill++) {
			Element tr = Pages.row(page, "Skill " + skill);
			List<Element> links = tr.select("td a.badge");
			List<Cell> expected = shown(skill);
			assertThat(links).as("Skill " + skill).hasSize(expected.size());
			for (int column = 0; column < expected.size(); column++) {
				Cell cell = expected.get(column);
				assertThat(links.get(column).text()).isEqualTo(cell.required() ? "Required" : "Optional");
				assertThat(links.get(column).attr("href"))
					.isEqualTo("/roles/" + Slugs.of(cell.role()) + "/levels/high#" + cell.skillSlug());
			}
		}
		Element shared = Pages.row(page, "Skill 2").select("td[colspan=2]").first();
		assertThat(shared.selectFirst(".compare-roles__shared").text()).isEqualTo("Same for Beta Engineer, Gamma Engineer");
		assertThat(HtmlChecker.shared().check(this.instance.page(ADDRESS)).stream().filter(HtmlChecker.Message::error))
			.isEmpty();
	}

	@Test
	void aLinkLeadsToTheCellsText() {
		Cell cell = this.cells.get(this.cells.size() - 1);
		String href = Pages.row(page(ADDRESS), cell.skill()).select("td a.badge").last().attr("href");
		Document target = page(href.substring(0, href.indexOf('#')));
		assertThat(target.getElementById(href.substring(href.indexOf('#') + 1)).selectFirst(".description").text())
			.isEqualTo(cell.description());
	}

	@Test
	void narrowedBelowTheLimitTheTextIsShownAgain() {
		String address = ADDRESS + "&required=only";
		Document page = page(address);
		assertThat(page.select(".compare-roles__linked")).isEmpty();
		Element tr = Pages.row(page, "Skill 1");
		assertThat(page.select("table tbody th[scope=row]").eachText()).containsExactly("Skill 1");
		assertThat(tr.select("td .description").eachText())
			.isEqualTo(shown(1).stream().map(Cell::description).toList());
		assertThat(HtmlChecker.shared().check(this.instance.page(address)).stream().filter(HtmlChecker.Message::error))
			.isEmpty();
	}

	/** A skill's cells as the row shows them, left to right: Beta's and Gamma's once where they are the same. */
	private List<Cell> shown(int skill) {
		List<Cell> cells = this.cells.stream().filter((cell) -> cell.skill().equals("Skill " + skill)).toList();
		return (skill == 2) ? cells.subList(0, 2) : cells;
	}

	private Document page(String address) {
		var response = this.instance.get(address);
		assertThat(response.statusCode()).as(address).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
