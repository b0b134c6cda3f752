package com.skillmatrix.http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.skillmatrix.DataFiles;
import com.skillmatrix.DescriptionLines;
import com.skillmatrix.Instance;
import com.skillmatrix.ListMatrix;
import com.skillmatrix.matrix.Slugs;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matrix whose cells are lists, as career frameworks write them ({@link ListMatrix}), on an instance of its own:
 * every page type that shows a description shows each of its lines as an element of its own, in every language, as
 * valid HTML, and so do the pages that compare and self-check lists; a cell of one line looks as it always did; and a
 * search shows the line that matched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListShapedPagesTests {

	private static final String SKILL = ListMatrix.LIST_SKILL;

	private Instance instance;

	private List<Cell> cells;

	private Map<String, String> levels;

	/** A cell as the file states it: its level's slug, its role and its description. */
	record Cell(String level, String role, String description) {

		boolean list() {
			return DescriptionLines.expected(this.description).get(0).element() != null;
		}

	}

	@BeforeAll
	void start() {
		this.instance = ListMatrix.instance();
		this.levels = DataFiles.records(ListMatrix.folder().resolve("levels.csv"))
			.stream()
			.collect(Collectors.toMap((record) -> record.get("name"), (record) -> record.get("slug")));
		this.cells = new ArrayList<>();
		List<CSVRecord> records = ListMatrix.listSkillCells();
		assertThat(records).isNotEmpty();
		for (CSVRecord record : records) {
			this.cells.add(new Cell(this.levels.get(record.get("level")), DataFiles.text(record, "role"),
					DataFiles.text(record, "description")));
		}
		assertThat(this.cells).anyMatch(Cell::list).anyMatch((cell) -> !cell.list());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "de", "zh" })
	void theLevelPageShowsEveryLineAsAnElementOfItsOwn(String language) {
		int checked = 0;
		assertThat(ListMatrix.levelSlugs()).isNotEmpty();
		for (String level : ListMatrix.levelSlugs()) {
			Document page = page("/skills/" + SKILL + "/levels/" + level, language);
			List<Cell> atLevel = this.cells.stream().filter((cell) -> cell.level().equals(level)).toList();
			assertThat(page.select("td.description")).hasSameSizeAs(atLevel);
			for (Cell cell : atLevel) {
				Element row = page.getElementById(Slugs.of(cell.role()));
				assertThat(row).as(cell.role() + " at " + level).isNotNull();
				assertShows(row.selectFirst("td.description"), cell);
				checked++;
			}
		}
		assertThat(checked).isEqualTo(this.cells.size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "de", "zh" })
	void theRolesLevelPagesShowEveryLineAsAnElementOfItsOwn(String language) {
		for (Cell cell : this.cells) {
			Document page = page("/roles/" + Slugs.of(cell.role()) + "/levels/" + cell.level(), language);
			Element article = page.getElementById(SKILL);
			assertThat(article).as(cell.role() + " at " + cell.level()).isNotNull();
			assertShows(article.selectFirst(".description"), cell);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "de", "zh" })
	void theRolePageShowsEveryLineAsAnElementOfItsOwn(String language) {
		for (Cell cell : this.cells) {
			Document page = page("/skills/" + SKILL + "/roles/" + Slugs.of(cell.role()), language);
			Element level = page.getElementById(cell.level());
			assertThat(level).as(cell.role() + " at " + cell.level()).isNotNull();
			assertShows(level.selectFirst(".description"), cell);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "de", "zh" })
	void theComparePageShowsEveryLineAsAnElementOfItsOwn(String language) {
		List<String> roles = this.cells.stream().map(Cell::role).distinct().toList();
		assertThat(roles).hasSizeGreaterThanOrEqualTo(2);
		Document page = page("/skills/" + SKILL + "/compare?"
				+ roles.stream().map((role) -> "roles=" + Slugs.of(role)).collect(Collectors.joining("&")), language);
		for (Cell cell : this.cells) {
			Element row = page.getElementById(cell.level());
			assertThat(row).as(cell.level()).isNotNull();
			assertShows(row.select("td").get(roles.indexOf(cell.role())).selectFirst(".description"), cell);
		}
	}

	@Test
	void theListIsMarkedUpLeanlyAndItsTextStaysText() {
		String html = this.instance.page("/skills/" + SKILL + "/levels/practitioner");
		assertThat(html).contains("<td class=\"description\"><p class=\"description__line\">Owns the "
				+ "service&#39;s alerts.</p><p class=\"description__heading\">Example behaviors:</p><ul "
				+ "class=\"description__list\"><li>Tunes noisy alerts &lt;b&gt;away&lt;/b&gt; &amp; keeps a note</li>"
				+ "<li>Leads a small incident</li></ul><p class=\"description__heading\">Example tasks:</p><ul "
				+ "class=\"description__list\"><li>Writes the post-incident review</li><li>Adds a missing dashboard"
				+ "</li></ul></td>");
		assertThat(html).contains("<td class=\"description\">Makes time for the team&#39;s reviews.</td>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "shadow", "dashboard", "failover", "noisy", "budget policy", "quarter" })
	void aSearchShowsTheLineThatMatchedWithoutItsBulletMarker(String words) {
		Document page = page("/search?q=" + words.replace(" ", "+"), "");
		List<Element> snippets = page.select("li.hit:has(a[href*=/roles/]) .hit__snippet");
		assertThat(snippets).isNotEmpty();
		for (Element snippet : snippets) {
			String line = snippet.wholeText();
			assertThat(this.cells.stream().filter(Cell::list).flatMap((cell) -> DescriptionLines.lines(cell.description())
				.stream())).as(words).contains(line);
			assertThat(snippet.select("mark").eachText()).as(line).isNotEmpty();
		}
		JsonNode found = JsonMapper.builder().build().readTree(this.instance.get("/api/v1/search?q="
				+ words.replace(" ", "+")).body());
		List<String> plain = new ArrayList<>();
		found.get("cells").get("items").forEach((cell) -> plain.add(cell.get("snippet").asString()));
		assertThat(plain).as("the API's snippets, plain text").isEqualTo(snippets.stream().map(Element::wholeText).toList());
	}

	@Test
	void aSearchInACellOfOneLineShowsItAsBefore() {
		Cell cell = this.cells.stream()
			.filter((each) -> each.description().startsWith("Follows the runbook"))
			.findFirst()
			.orElseThrow();
		Document page = page("/search?q=runbook", "");
		assertThat(page.select(".hit__snippet").eachText()).containsExactly(cell.description());
		assertThat(page.select(".hit__snippet mark").eachText()).containsExactly("runbook");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "de", "zh" })
	void everyPageWithListsIsValidHtml(String language) {
		List<String> paths = new ArrayList<>(List.of("/skills/" + SKILL + "/compare?roles="
				+ String.join("&roles=", this.cells.stream().map((cell) -> Slugs.of(cell.role())).distinct().toList()),
				"/search?q=incident"));
		for (Cell cell : this.cells) {
			paths.add("/skills/" + SKILL + "/levels/" + cell.level());
			paths.add("/roles/" + Slugs.of(cell.role()) + "/levels/" + cell.level());
			paths.add("/skills/" + SKILL + "/roles/" + Slugs.of(cell.role()));
		}
		for (String path : paths.stream().distinct().toList()) {
			String address = language.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + "lang=" + language;
			assertThat(HtmlChecker.shared().check(this.instance.page(address)).stream()
				.filter(HtmlChecker.Message::error)
				.map(String::valueOf)).as(address).isEmpty();
		}
	}

	/** The pages that compare and self-check lists, of the skill whose lists change from level to level. */
	static Stream<String> itemPages() {
		String first = ListMatrix.LEVELS.get(0).get(0);
		String second = ListMatrix.LEVELS.get(1).get(0);
		return Stream.of("/advance?from=" + first, "/advance?from=" + second + "&lang=de", "/changes",
				"/roles/" + Slugs.of(ListMatrix.BACKEND) + "/self-check?met=" + first + "-1&met=",
				"/roles/" + Slugs.of(ListMatrix.DATA) + "/self-check?lang=zh")
			.map((path) -> "/skills/" + ListMatrix.SKILL + path);
	}

	@Tag("html-checker")
	@ParameterizedTest
	@MethodSource("itemPages")
	void everyPageThatComparesOrSelfChecksListsIsValidHtml(String path) {
		HttpResponse<String> response = this.instance.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		List<HtmlChecker.Message> messages = HtmlChecker.shared().check(response.body());
		assertThat(messages.stream().filter(HtmlChecker.Message::error).map(String::valueOf))
			.as("HTML errors in %s", path)
			.isEmpty();
	}

	/** The description's lines as elements of their own, in the matrix's own language whatever the page's. */
	private static void assertShows(Element description, Cell cell) {
		DescriptionLines.assertShows(description, cell.description());
		assertThat(description.closest("[lang]").attr("lang")).isEqualTo("en");
	}

	private Document page(String path, String language) {
		String address = language.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + "lang=" + language;
		HttpResponse<String> response = this.instance.get(address);
		assertThat(response.statusCode()).as(address).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
