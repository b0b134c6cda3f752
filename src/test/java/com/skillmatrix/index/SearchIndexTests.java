package com.skillmatrix.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.skillmatrix.index.SearchIndex.Cell;
import com.skillmatrix.matrix.Domain;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.Skill;
import com.skillmatrix.index.SearchResults.CellHit;
import com.skillmatrix.index.SearchResults.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SearchIndexTests {

	private static final Level NOVICE = new Level("novice", "Novice", 1);

	private static final Level EXPERT = new Level("expert", "Expert", 2);

	private static final Skill SECRETS = skill("Secrets Management", "secrets", "Vault, sealed secrets, rotation",
			"Security");

	private static final Skill TOKENS = skill("Token Rotation", "tokens", "Short-lived credentials", "Security");

	private static final Skill PIPELINES = skill("Release Pipelines", "pipelines", "Build and deploy", "Delivery");

	private static final List<Role> ROLES = List.of(new Role("Platform Engineer", "platform-engineer"),
			new Role("Security Analyst", "security-analyst"), new Role("Release Manager", "release-manager"));

	private static final List<Cell> CELLS = List.of(
			new Cell("secrets", "platform-engineer", "novice", false,
					"Stores secrets in the vault and rotates them by hand."),
			new Cell("secrets", "platform-engineer", "expert", true,
					"Audits the rotation of every secret the services hold."),
			new Cell("secrets", "security-analyst", "expert", true,
					"Designs automatic secret rotation; reviews <script>alert(1)</script> & other markup."),
			new Cell("pipelines", "release-manager", "novice", false, "Runs the release pipeline and reads its logs."),
			new Cell("pipelines", "platform-engineer", "expert", true, "Keeps build agents patched."));

	private final SearchIndex index = SearchIndex.of(List.of(SECRETS, TOKENS, PIPELINES), ROLES,
			List.of(EXPERT, NOVICE), CELLS);

	@Test
	void wordsMatchInOtherForms() {
		assertThat(descriptions(search("rotate"))).containsExactlyInAnyOrder(
				"Stores secrets in the vault and rotates them by hand.",
				"Audits the rotation of every secret the services hold.",
				"Designs automatic secret rotation; reviews <script>alert(1)</script> & other markup.");
		SearchResults secrets = search("secrets");
		assertThat(descriptions(secrets)).hasSize(3);
		assertThat(marked(secrets.cells().hits().get(1).snippet())).containsExactly("secret");
	}

	@Test
	void aSmallTypoInALongerWordStillFindsIt() {
		SearchResults results = search("rotaton");
		assertThat(descriptions(results)).hasSize(3);
		assertThat(results.cells().hits().stream().map((hit) -> marked(hit.snippet())))
			.contains(List.of("rotates"), List.of("rotation"));
		assertThat(descriptions(search("rotatoin"))).as("two letters swapped").hasSize(3);
	}

	@Test
	void aShortWordIsNotCorrected() {
		assertThat(search("vaul").empty()).isTrue();
	}

	@Test
	void everyWordMustMatch() {
		assertThat(search("vault pipeline").empty()).isTrue();
		assertThat(descriptions(search("vault rotate"))).containsExactly(
				"Stores secrets in the vault and rotates them by hand.");
	}

	@Test
	void aQuotedPhraseMatchesAsAPhrase() {
		assertThat(descriptions(search("\"secret rotation\""))).containsExactly(
				"Designs automatic secret rotation; reviews <script>alert(1)</script> & other markup.");
		assertThat(descriptions(search("“rotation secret”"))).isEmpty();
		assertThat(descriptions(search("\"rotation of every secret"))).as("a quote left open")
			.containsExactly("Audits the rotation of every secret the services hold.");
	}

	@Test
	void phraseMatchesComeFirst() {
		List<String> found = descriptions(search("secret rotation"));
		assertThat(found).hasSize(3)
			.startsWith("Designs automatic secret rotation; reviews <script>alert(1)</script> & other markup.");
	}

	@Test
	void nameMatchesComeFirst() {
		SearchResults results = search("rotation");
		assertThat(results.skills().hits()).extracting((hit) -> hit.skill().name())
			.containsExactly("Token Rotation", "Secrets Management");
		assertThat(marked(results.skills().hits().get(0).name())).containsExactly("Rotation");
		assertThat(marked(results.skills().hits().get(1).summary())).containsExactly("rotation");
	}

	@Test
	void findsRolesByNameAndSkillsByDomain() {
		SearchResults results = search("engineer");
		assertThat(results.roles().hits()).extracting((hit) -> hit.role().slug()).containsExactly("platform-engineer");
		assertThat(search("delivery").skills().hits()).extracting((hit) -> hit.skill().slug())
			.containsExactly("pipelines");
	}

	@Test
	void cellsMatchWordsInTheirRoleSkillOrLevelButShowTheirDescription() {
		assertThat(descriptions(search("analyst rotation"))).containsExactly(
				"Designs automatic secret rotation; reviews <script>alert(1)</script> & other markup.");
		assertThat(descriptions(search("analyst"))).as("a description must match").isEmpty();
	}

	@Test
	void filtersNarrowEachKindByWhatItHas() {
		assertThat(descriptions(search(new SearchQuery("rotate", "expert", null, null, false)))).hasSize(2);
		SearchResults byLevel = search(new SearchQuery("rotation", "novice", null, null, false));
		assertThat(descriptions(byLevel)).containsExactly("Stores secrets in the vault and rotates them by hand.");
		assertThat(byLevel.skills().total()).as("skills have no level").isZero();
		SearchResults byRole = search(new SearchQuery("secret", null, "security-analyst", null, false));
		assertThat(byRole.cells().hits()).extracting((hit) -> hit.role().slug()).containsExactly("security-analyst");
		assertThat(search(new SearchQuery("engineer", null, "platform-engineer", null, false)).roles().total())
			.isEqualTo(1);
		SearchResults byDomain = search(new SearchQuery("build", null, null, "delivery", false));
		assertThat(byDomain.skills().hits()).extracting((hit) -> hit.skill().slug()).containsExactly("pipelines");
		assertThat(descriptions(byDomain)).containsExactly("Keeps build agents patched.");
		assertThat(search(new SearchQuery("build", null, null, "security", false)).empty()).isTrue();
		SearchResults required = search(new SearchQuery("secrets", null, null, null, true));
		assertThat(required.cells().hits()).extracting(CellHit::required).containsOnly(true).hasSize(2);
	}

	@Test
	void markupIsPlainTextInSegments() {
		SearchResults results = search("<script>");
		CellHit hit = results.cells().hits().get(0);
		assertThat(text(hit.snippet()))
			.isEqualTo("Designs automatic secret rotation; reviews <script>alert(1)</script> & other markup.");
		assertThat(marked(hit.snippet())).containsExactly("script", "script");
	}

	@Test
	void aLongDescriptionIsCutAroundItsFirstMatch() {
		String description = "Opening words. ".repeat(30) + "Then rotation comes. " + "Closing words. ".repeat(30);
		SearchIndex long_ = SearchIndex.of(List.of(SECRETS), ROLES, List.of(NOVICE),
				List.of(new Cell("secrets", "platform-engineer", "novice", true, description)));
		List<Segment> snippet = long_.search(words("rotation")).cells().hits().get(0).snippet();
		String text = text(snippet);
		assertThat(text).startsWith("…").endsWith("…").contains("Then rotation comes.");
		String kept = text.substring(1, text.length() - 1);
		// Cut at the space closest to the snippet's length on either side: within a word of it, at each end.
		int longestWord = Arrays.stream(description.split(" ")).mapToInt(String::length).max().orElseThrow();
		assertThat(kept.length()).isCloseTo(Highlights.SNIPPET, within(2 * (longestWord + 1)));
		int start = description.indexOf(kept);
		assertThat(start).isPositive();
		assertThat(description.charAt(start - 1)).as("cut between words").isEqualTo(' ');
		assertThat(description.charAt(start + kept.length())).as("cut between words").isEqualTo(' ');
	}

	@Test
	void aListsSnippetIsTheLineThatMatchedWithoutItsBulletMarker() {
		String description = """
				Example behaviors:
				- Stores secrets in the vault
				* Rotates keys by hand, on a schedule
				• Rotates the database's keys without downtime

				Example: rotated every key after an incident""";
		SearchIndex list = SearchIndex.of(List.of(SECRETS), ROLES, List.of(NOVICE),
				List.of(new Cell("secrets", "platform-engineer", "novice", true, description)));
		List<Segment> snippet = list.search(words("rotate")).cells().hits().get(0).snippet();
		assertThat(text(snippet)).as("the first line of those that hold the most words")
			.isEqualTo("Rotates keys by hand, on a schedule");
		assertThat(marked(snippet)).containsExactly("Rotates");
		assertThat(text(list.search(words("rotate database")).cells().hits().get(0).snippet()))
			.isEqualTo("Rotates the database's keys without downtime");
		assertThat(text(list.search(words("incident")).cells().hits().get(0).snippet()))
			.isEqualTo("Example: rotated every key after an incident");
		assertThat(text(list.search(words("behaviors")).cells().hits().get(0).snippet())).as("a heading matched")
			.isEqualTo("Example behaviors:");
	}

	@Test
	void aLongLineOfAListIsCutAroundItsFirstMatch() {
		String line = "Opening words. ".repeat(30) + "Then rotation comes. " + "Closing words. ".repeat(30);
		SearchIndex list = SearchIndex.of(List.of(SECRETS), ROLES, List.of(NOVICE), List.of(
				new Cell("secrets", "platform-engineer", "novice", true, "Keeps the vault sealed\n- " + line)));
		String text = text(list.search(words("rotation")).cells().hits().get(0).snippet());
		assertThat(text).startsWith("…").endsWith("…").contains("Then rotation comes.");
		assertThat(line).contains(text.substring(1, text.length() - 1));
	}

	@Test
	void showsAtMostFiftyOfAKindAndCountsTheRest() {
		List<Role> roles = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			roles.add(new Role("Role " + i, "role-" + i));
			cells.add(new Cell("secrets", "role-" + i, "novice", false, "Rotates keys."));
		}
		SearchResults results = SearchIndex.of(List.of(SECRETS), roles, List.of(NOVICE), cells)
			.search(words("rotate"));
		assertThat(results.cells().hits()).hasSize(SearchIndex.SHOWN);
		assertThat(results.cells().total()).isEqualTo(60);
		assertThat(results.cells().more()).isEqualTo(10);
	}

	@Test
	void findingNothingSuggestsTheClosestTermsOfTheMatrix() {
		SearchResults results = search("rotqqion");
		assertThat(results.empty()).isTrue();
		assertThat(results.suggestions()).extracting(SearchResults.Suggestion::term).contains("rotation");
		assertThat(results.suggestions().get(0).query()).isEqualTo("rotation");
		SearchResults withOtherWords = search("vault rotqqion \"by hand\"");
		assertThat(withOtherWords.suggestions().get(0).query()).isEqualTo("vault rotation \"by hand\"");
		assertThat(search("vault pipeline").suggestions()).as("every word is in the matrix").isEmpty();
	}

	@Test
	void stopWordsAloneFindNothing() {
		SearchResults results = search("the of and");
		assertThat(results.empty()).isTrue();
		assertThat(results.suggestions()).isEmpty();
	}

	@Test
	void listsWhatTheFiltersName() {
		assertThat(this.index.levels()).containsExactly(NOVICE, EXPERT);
		assertThat(this.index.domains()).extracting(Domain::slug).containsExactly("delivery", "security");
		assertThat(this.index.role("security-analyst")).contains(ROLES.get(1));
		assertThat(this.index.level("master")).isEmpty();
	}

	@Test
	void anEmojiOrSymbolBeforeANameNeitherHidesItsWordsNorMovesItInTheOrder() {
		Skill communication = new Skill(0, "💬 Communication", "communication", "Written and spoken",
				LocalDate.of(2026, 1, 1), "Collaboration", "collaboration", "Collaboration", "collaboration");
		Skill delegation = new Skill(0, "Delegation", "delegation", "Written and spoken",
				LocalDate.of(2026, 1, 1), "Collaboration", "collaboration", "Collaboration", "collaboration");
		List<Role> roles = List.of(new Role("Platform Engineer", "platform-engineer"),
				new Role("★ Incident Commander", "incident-commander"));
		SearchIndex index = SearchIndex.of(List.of(delegation, communication), roles, List.of(NOVICE),
				List.of(new Cell("communication", "incident-commander", "novice", true, "Posts status updates.")));

		SearchResults found = index.search(words("communication"));
		assertThat(found.skills().hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.skill().slug()).isEqualTo("communication");
			assertThat(marked(hit.name())).containsExactly("Communication");
			assertThat(text(hit.name())).isEqualTo("💬 Communication");
		});
		assertThat(index.search(words("💬 communication")).skills().hits()).extracting((hit) -> hit.skill().slug())
			.containsExactly("communication");
		assertThat(index.search(words("incident commander")).roles().hits()).extracting((hit) -> hit.role().slug())
			.containsExactly("incident-commander");
		assertThat(index.search(words("commander status")).cells().hits()).hasSize(1);
		assertThat(index.search(words("collaboration")).skills().hits()).as("equal matches come by name")
			.extracting((hit) -> hit.skill().slug())
			.containsExactly("communication", "delegation");
		assertThat(index.roles()).extracting(Role::slug).containsExactly("incident-commander", "platform-engineer");
	}

	private SearchResults search(String text) {
		return search(words(text));
	}

	/** A search for words alone, with no filter. */
	private static SearchQuery words(String text) {
		return new SearchQuery(text, null, null, null, false);
	}

	private SearchResults search(SearchQuery query) {
		return this.index.search(query);
	}

	private static List<String> descriptions(SearchResults results) {
		return results.cells().hits().stream().map((hit) -> text(hit.snippet())).toList();
	}

	private static String text(List<Segment> segments) {
		return segments.stream().map(Segment::text).collect(Collectors.joining());
	}

	private static List<String> marked(List<Segment> segments) {
		return segments.stream().filter(Segment::marked).map(Segment::text).toList();
	}

	private static Skill skill(String name, String slug, String summary, String domain) {
		return new Skill(0, name, slug, summary, LocalDate.of(2026, 1, 1), domain, domain.toLowerCase(), "General",
				"general");
	}

}
