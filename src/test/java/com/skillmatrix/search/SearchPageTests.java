package com.skillmatrix.search;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import com.skillmatrix.DataFiles;
import com.skillmatrix.DescriptionLines;
import com.skillmatrix.Pages;
import com.skillmatrix.WebTest;
import com.skillmatrix.index.SearchIndex;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page on whichever matrix is loaded: the words searched for are read from the database, never from a
 * particular matrix.
 */
@WebTest
class SearchPageTests {

	private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

	/** A word of six letters or more, in any alphabet: longer than any stop word. */
	private static final Pattern LONG_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{L}{6,}(?![\\p{L}\\p{N}_])");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aPhraseFromOneDescriptionFindsThatCellFirst() {
		Phrase phrase = rarestPhrase();
		for (String query : List.of("\"" + phrase.text() + "\"", phrase.text())) {
			Document page = search(query);
			List<Element> hits = page.select("ol.hits li.hit:has(a[href*=/roles/])");
			assertThat(hits).as(query).isNotEmpty();
			List<String> found = hits.stream().map((hit) -> hit.selectFirst(".hit__title a").attr("href")).toList();
			assertThat(found).hasSizeGreaterThanOrEqualTo(phrase.cells().size());
			assertThat(found.subList(0, phrase.cells().size())).as("the cells that hold the phrase come first")
				.containsExactlyInAnyOrderElementsOf(phrase.cells().stream().map(Cell::roleHref).toList());
			Element first = hits.get(0);
			Cell cell = phrase.cells()
				.stream()
				.filter((holding) -> holding.roleHref().equals(found.get(0)))
				.findFirst()
				.orElseThrow();
			assertThat(first.selectFirst(".hit__title").text()).isEqualTo(cell.roleName() + " at " + cell.levelName());
			assertThat(first.select(".hit__meta a").eachText()).containsExactly(cell.skillName(),
					"All roles at " + cell.levelName());
			assertThat(first.select(".hit__meta a").last().attr("href")).isEqualTo(cell.levelHref());
			assertThat(first.select(".badge").text()).isEqualTo(cell.required() ? "Required" : "Optional");
			List<String> words = List.of(phrase.text().toLowerCase(Locale.ROOT).split(" "));
			List<String> marked = first.select(".hit__snippet mark")
				.eachText()
				.stream()
				.flatMap((mark) -> Arrays.stream(mark.toLowerCase(Locale.ROOT).split(" ")))
				.toList();
			assertThat(marked).isNotEmpty()
				.allMatch(words::contains)
				.contains(longestWord(phrase.text()).toLowerCase(Locale.ROOT));
			assertThat(cell.description())
				.contains(first.selectFirst(".hit__snippet").wholeText().replaceAll("^…|…$", ""));
		}
	}

	@Test
	void aSnippetIsOneLineOfItsDescriptionAndOfOneLineTheTextAroundTheMatch() {
		List<DataFiles.Skill> skills = DataFiles.skills();
		assertThat(skills).isNotEmpty();
		int checked = 0;
		for (DataFiles.Skill skill : skills) {
			for (DataFiles.Level level : DataFiles.levels()) {
				for (DataFiles.Cell cell : DataFiles.cells(skill.slug())) {
					if (!cell.level().equals(level.name())) {
						continue;
					}
					List<String> lines = DescriptionLines.lines(cell.description());
					// A word of the last line that has one, so that the line is rarely the first.
					String word = null;
					for (int i = lines.size() - 1; i >= 0 && word == null; i--) {
						word = LONG_WORD.matcher(lines.get(i))
							.results()
							.map(MatchResult::group)
							.max(Comparator.comparingInt(String::length))
							.orElse(null);
					}
					if (word == null) {
						continue;
					}
					String href = "/skills/" + skill.slug() + "/roles/" + Slugs.of(cell.role()) + "?level=" + level.slug()
							+ "#" + level.slug();
					Document page = search(word + "&level=" + level.slug() + "&role=" + Slugs.of(cell.role())
							+ "&domain=" + Slugs.of(skill.domain()));
					Element link = page.selectFirst(".hit__title a[href=" + href + "]");
					assertThat(link).as("a result for " + href + " searching " + word).isNotNull();
					Element snippet = link.closest("li.hit").selectFirst(".hit__snippet");
					assertThat(snippet.select("mark")).as(href).isNotEmpty();
					String text = snippet.wholeText();
					String kept = text.replaceAll("^…|…$", "");
					if (DescriptionLines.expected(cell.description()).get(0).element() == null) {
						assertThat(cell.description()).as(href).contains(kept);
					}
					else {
						assertThat(lines).as(href + ": the snippet is one line").anySatisfy((line) -> {
							assertThat(line).contains(kept);
							if (kept.equals(text)) {
								assertThat(kept).isEqualTo(line);
							}
						});
					}
					checked++;
				}
			}
		}
		assertThat(checked).isPositive();
	}

	@Test
	void aWordInAnotherFormFindsIt() {
		Cell cell = cells().stream()
			.filter((candidate) -> pluralIn(candidate.description()) != null && onlyForm(candidate.description()))
			.findFirst()
			.orElseThrow();
		String plural = pluralIn(cell.description());
		String singular = singular(plural);
		Document page = search(singular + "&level=" + cell.level() + "&role=" + cell.role());
		Element hit = hitOf(page, cell);
		assertThat(hit.select(".hit__snippet mark").eachText()).as(singular + " marks " + plural).contains(plural);
	}

	@Test
	void aOneLetterTypoInALongerWordFindsIt() {
		Cell cell = cells().stream()
			.filter((candidate) -> longestWord(candidate.description()).length() >= 7)
			.findFirst()
			.orElseThrow();
		String word = longestWord(cell.description());
		String typo = replaceLetter(word, word.length() / 2);
		Document page = search(typo + "&level=" + cell.level() + "&role=" + cell.role());
		assertThat(hitOf(page, cell).select(".hit__snippet mark").eachText()).as(typo + " marks " + word)
			.contains(word);
	}

	@Test
	void narrowsByLevelAndRoleAndShowsEachAsARemovableChoice() {
		// A required cell, so that narrowing to required cells still finds one.
		List<Cell> required = cells().stream().filter(Cell::required).toList();
		assertThat(required).isNotEmpty();
		Cell cell = required.get(required.size() / 2);
		String word = longestWord(cell.description());
		Document byLevel = search(word + "&level=" + cell.level());
		assertThat(byLevel.select(".hit__title a").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.endsWith("?level=" + cell.level() + "#" + cell.level()));
		assertThat(byLevel.select("h2").eachText()).allMatch((heading) -> heading.startsWith("Expectations"));
		assertThat(byLevel.select("#search-level option[selected]").attr("value")).isEqualTo(cell.level());
		assertThat(byLevel.select("ul.choices a").eachText()).containsExactly("Remove filter: Level: " + cell.levelName());
		assertThat(byLevel.select("ul.choices a").attr("href")).isEqualTo("/search?q=" + word);

		Document byBoth = search(word + "&level=" + cell.level() + "&role=" + cell.role() + "&required=true");
		assertThat(byBoth.select(".hit__title a").eachAttr("href"))
			.allMatch((href) -> href.contains("/roles/" + cell.role() + "?level=" + cell.level() + "#"));
		assertThat(byBoth.select(".hit__title a[href=" + cell.roleHref() + "]")).hasSize(1);
		assertThat(byBoth.select(".hit .badge").eachText()).containsOnly("Required");
		assertThat(Pages.visible(byBoth.selectFirst("ul.choices")).select("a").eachText()).containsExactly(
				"Level: " + cell.levelName(), "Role: " + cell.roleName(), "Required only");
		assertThat(byBoth.select("ul.choices a").eachAttr("href")).containsExactly(
				"/search?q=" + word + "&role=" + cell.role() + "&required=true",
				"/search?q=" + word + "&level=" + cell.level() + "&required=true",
				"/search?q=" + word + "&level=" + cell.level() + "&role=" + cell.role());
		assertThat(byBoth.select("#search-required").hasAttr("checked")).isTrue();
	}

	@Test
	void markupInTheQueryComesBackAsText() throws UnsupportedEncodingException {
		String query = "<script>alert(1)</script> \"<b>";
		String html = this.mvc.get()
			.uri("/search?q=" + query)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>");
		Document page = search(query);
		assertThat(page.selectFirst(".search-summary").text()).endsWith(" for “" + query + "”.");
		assertThat(page.selectFirst("#search-q").val()).isEqualTo(query);
		assertThat(page.title()).isEqualTo(query + ": search – Skill Matrix");
	}

	@Test
	void aQueryOverTwoHundredCharactersIsABadRequest() {
		Document page = Pages.get(this.mvc, "/search?q=" + "a".repeat(201), 400);
		assertThat(page.selectFirst("main .lede").text())
			.isEqualTo("The search is 201 characters long: it can be at most 200.");
		Pages.get(this.mvc, "/search?q=" + "a".repeat(200), 200);
	}

	@Test
	void anUnknownOrRepeatedFilterIsABadRequestThatSaysWhich() {
		Cell cell = cells().get(0);
		assertThat(lede("/search?q=a&level=no-such-level")).startsWith("“no-such-level” is not a level.");
		assertThat(lede("/search?q=a&role=no-such-role")).isEqualTo("“no-such-role” is not a role of the matrix.");
		assertThat(lede("/search?q=a&domain=no-such-domain")).startsWith("“no-such-domain” is not a domain");
		assertThat(lede("/search?q=a&required=yes")).isEqualTo(
				"“required” takes one value, “true”, to show required expectations only.");
		assertThat(lede("/search?q=a&level=" + cell.level() + "&level=" + cell.level()))
			.isEqualTo("“level” is given more than once: a search takes one.");
		assertThat(lede("/search?q=a&q=b")).isEqualTo("“q” is given more than once: a search takes one.");
	}

	@Test
	void anEmptyQueryShowsTheFormWithTheFiltersGiven() {
		Cell cell = cells().get(0);
		for (String uri : List.of("/search", "/search?q=", "/search?q=  &level=" + cell.level())) {
			Document page = Pages.get(this.mvc, uri);
			assertThat(page.selectFirst("h1").text()).isEqualTo("Search");
			assertThat(page.select("main form.search-form input[name=q]")).hasSize(1);
			assertThat(page.select(".search-summary, .hits")).as(uri).isEmpty();
			assertThat(page.title()).isEqualTo("Search – Skill Matrix");
		}
		assertThat(Pages.get(this.mvc, "/search?level=" + cell.level())
			.select("#search-level option[selected]")
			.attr("value")).isEqualTo(cell.level());
		assertThat(Pages.get(this.mvc, "/search?q=&level=&role=&domain=").select("#search-level option[selected]"))
			.isEmpty();
	}

	@Test
	void findingNothingSaysSoAndSuggestsTheClosestTerms() {
		String word = cells().stream()
			.map((cell) -> longestWord(cell.description()))
			.filter((candidate) -> candidate.length() >= 8)
			.findFirst()
			.orElseThrow();
		String typos = replaceLetter(replaceLetter(word, 2), word.length() - 3);
		Document page = search(typos);
		assertThat(page.selectFirst(".search-summary").text()).isEqualTo("No results for “" + typos + "”.");
		assertThat(page.select(".hits")).isEmpty();
		String term = word.toLowerCase(Locale.ROOT);
		assertThat(page.select("main .link-list a").eachText()).contains(term);
		assertThat(page.select("main .link-list a:contains(" + term + ")").attr("href")).isEqualTo("/search?q=" + term);
	}

	@Test
	void skillsAndRolesAreFoundByNameAndLeadToTheirPages() {
		record Named(String name, String slug) {
		}
		Named skill = this.jdbc.sql("select name, slug from skills order by slug").query(Named.class).list().get(0);
		Document page = search(skill.name());
		assertThat(page.select("ol.hits a[href=/skills/" + skill.slug() + "]").first().text()).isEqualTo(skill.name());
		Named role = this.jdbc.sql("select name, slug from roles order by slug").query(Named.class).list().get(0);
		page = search(role.name());
		Element link = page.selectFirst(".role-list a[href=/roles/" + role.slug() + "]");
		assertThat(link.text()).isEqualTo(role.name());
		assertThat(link.select("mark")).isNotEmpty();
	}

	@Test
	void aSkillIsFoundByTheWordsOfItsNameAndSaysWhereItSits() {
		List<DataFiles.Skill> skills = DataFiles.skills();
		assertThat(skills).isNotEmpty();
		for (DataFiles.Skill skill : skills) {
			Document page = search(URLEncoder.encode(DataFiles.words(skill.name()), StandardCharsets.UTF_8));
			Element link = page.selectFirst(".hit__title a[href=/skills/" + skill.slug() + "]");
			assertThat(link).as(skill.name()).isNotNull();
			assertThat(link.text()).isEqualTo(skill.name());
			assertThat(link.closest("li.hit").selectFirst(".hit__meta").text()).as(skill.name())
				.isEqualTo(DataFiles.place(skill.domain(), skill.category()));
		}
	}

	@Test
	void everyPageHasALabelledSearchBoxInItsHeader() {
		for (String uri : List.of("/", "/search", "/roles/" + cells().get(0).role(), "/no-such-page")) {
			Document page = Pages.get(this.mvc, uri, uri.equals("/no-such-page") ? 404 : 200);
			Element form = page.selectFirst("header form[role=search]");
			assertThat(form).as(uri).isNotNull();
			assertThat(form.attr("action")).isEqualTo("/search");
			assertThat(form.attr("method")).isEqualTo("get");
			Element input = form.selectFirst("input[type=search][name=q]");
			assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Search the matrix");
			assertThat(form.select("button[type=submit]").text()).isEqualTo("Search");
		}
	}

	/** The search page for the words and parameters given, which MockMvc encodes as a browser would. */
	private Document search(String query) {
		return Pages.get(this.mvc, "/search?q=" + query);
	}

	private String lede(String uri) {
		return Pages.get(this.mvc, uri, 400).selectFirst("main .lede").text();
	}

	private static Element hitOf(Document page, Cell cell) {
		Element link = page.selectFirst(".hit__title a[href=" + cell.roleHref() + "]");
		assertThat(link).as("a result for " + cell.roleHref()).isNotNull();
		return link.closest("li.hit");
	}

	/**
	 * Five words in a row, each of letters alone, that the fewest descriptions hold: one, where the matrix has such
	 * words, since a matrix may give several cells the same description.
	 */
	private Phrase rarestPhrase() {
		List<Cell> cells = cells();
		Phrase rarest = null;
		for (Cell cell : cells) {
			List<String> words = List.of(cell.description().split(" "));
			for (int start = 0; start + 5 <= words.size(); start++) {
				List<String> window = words.subList(start, start + 5);
				String text = String.join(" ", window);
				if (!window.stream().allMatch((word) -> WORD.matcher(word).matches()) || longestWord(text).length() < 5) {
					continue;
				}
				List<Cell> holding = cells.stream()
					.filter((other) -> other.description().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
					.toList();
				if (rarest == null || holding.size() < rarest.cells().size()) {
					rarest = new Phrase(text, holding);
				}
			}
		}
		assertThat(rarest).as("a description with five words in a row").isNotNull();
		assertThat(rarest.cells()).hasSizeLessThanOrEqualTo(SearchIndex.SHOWN);
		return rarest;
	}

	/** A word of six letters or more that ends in a plural "s". */
	private static String pluralIn(String description) {
		return WORD.matcher(description)
			.results()
			.map((match) -> match.group())
			.filter((word) -> word.length() >= 6 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ies")
					&& !word.endsWith("us") && Character.isLowerCase(word.charAt(0)))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Whether the description's plural is the only form of its word there, so that whichever line of a list the
	 * snippet shows, the word it marks is the plural.
	 */
	private static boolean onlyForm(String description) {
		String plural = pluralIn(description);
		return WORD.matcher(description)
			.results()
			.map(MatchResult::group)
			.filter((word) -> word.toLowerCase(Locale.ROOT).startsWith(singular(plural)))
			.allMatch(plural::equals);
	}

	private static String singular(String plural) {
		return plural.substring(0, plural.length() - 1);
	}

	private static String longestWord(String description) {
		return Arrays.stream(description.split("[^A-Za-z]+")).max(Comparator.comparingInt(String::length)).orElseThrow();
	}

	/** The word with one letter replaced by one that makes no English word. */
	private static String replaceLetter(String word, int index) {
		char replacement = (Character.toLowerCase(word.charAt(index)) == 'q') ? 'x' : 'q';
		return word.substring(0, index) + replacement + word.substring(index + 1);
	}

	private List<Cell> cells() {
		return this.jdbc.sql("""
				select s.slug as skill, s.name as skill_name, r.slug as role, r.name as role_name, l.slug as level,
					l.name as level_name, c.required, c.description
				from cells c join skills s on s.id = c.skill_id join roles r on r.id = c.role_id
					join levels l on l.id = c.level_id
				order by s.slug, l.rank, r.slug
				""").query(Cell.class).list();
	}

	record Cell(String skill, String skillName, String role, String roleName, String level, String levelName,
			boolean required, String description) {

		String roleHref() {
			return "/skills/" + this.skill + "/roles/" + this.role + "?level=" + this.level + "#" + this.level;
		}

		String levelHref() {
			return "/skills/" + this.skill + "/levels/" + this.level + "#" + this.role;
		}

	}

	record Phrase(String text, List<Cell> cells) {
	}

}
