package com.skillmatrix.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExportParserTests {

	static final Path SEED = Path.of("src/main/resources/seed/vault-secrets.txt");

	static final List<Matrix.Level> LEVELS = List.of(new Matrix.Level("junior", "Junior"),
			new Matrix.Level("middle", "Middle"), new Matrix.Level("senior", "Senior"), new Matrix.Level("lead", "Lead"),
			new Matrix.Level("principal", "Principal"));

	@Test
	void seedHeaderIsRead() throws IOException {
		Matrix.Skill export = parse(Files.readString(SEED));
		assertThat(export.slug()).isEqualTo("vault-secrets");
		assertThat(export.name()).isEqualTo("Secrets Management");
		assertThat(export.domain()).isEqualTo("Security");
		assertThat(export.category()).isEqualTo("Infrastructure Security");
		assertThat(export.summary()).isEqualTo("HashiCorp Vault, AWS Secrets Manager, sealed secrets, rotation");
		assertThat(export.lastUpdated()).isEqualTo(LocalDate.of(2026, 3, 17));
	}

	@Test
	void seedHasFiveTablesWithEveryRow() throws IOException {
		Matrix.Skill export = parse(Files.readString(SEED));
		assertThat(LEVELS).extracting((level) -> export.cells().stream().filter((cell) -> cell.level().equals(level.slug())).count())
			.containsExactly(16L, 18L, 19L, 19L, 19L);
		assertThat(LEVELS)
			.extracting((level) -> export.cells().stream()
				.filter((cell) -> cell.level().equals(level.slug()) && cell.required())
				.count())
			.containsExactly(3L, 3L, 12L, 12L, 12L);
	}

	@Test
	void withoutATitleTheFileNameNamesTheSkill() throws IOException {
		String text = Files.readString(SEED);
		Matrix.Skill export = parse(text.substring(text.indexOf('\n') + 1));
		assertThat(export.name()).isEqualTo("Vault secrets");
	}

	@Test
	void tablesFollowTheMatrixLevels() {
		List<Matrix.Level> four = List.of(new Matrix.Level("associate", "Associate"), new Matrix.Level("engineer", "Engineer"),
				new Matrix.Level("senior", "Senior"), new Matrix.Level("staff", "Staff"));
		String text = header(1, 4, 0, 4, "3/17/2026") + table("| Cloud Engineer | Runs Vault. |").repeat(4);
		List<DataProblem> problems = new ArrayList<>();
		Matrix.Skill skill = ExportParser.parse("x.txt", "x", text, four, problems);
		assertThat(problems).isEmpty();
		assertThat(skill.cells()).extracting(Matrix.Cell::level).containsExactly("associate", "engineer", "senior", "staff");
		assertRejected(header(1, 5, 0, 5, "3/17/2026") + table("| Cloud Engineer | Runs Vault. |").repeat(5), four,
				31, "a table after the 4 level tables; the matrix has 4 levels");
	}

	@Test
	void requiredRowHasRoleRequiredAndDescription() {
		Matrix.Cell row = onlyRow("| DevOps Engineer | Required | Runs Vault. Rotates keys. |");
		assertThat(row).isEqualTo(new Matrix.Cell("DevOps Engineer", "junior", 1, true, "Runs Vault. Rotates keys.", 21));
	}

	@Test
	void optionalRowMayEndWithAnEmptyCell() {
		Matrix.Cell row = onlyRow("| DevOps Engineer | Reads secrets (by instruction). | |");
		assertThat(row.required()).isFalse();
		assertThat(row.description()).isEqualTo("Reads secrets (by instruction).");
	}

	@Test
	void optionalRowMayHaveTwoCells() {
		Matrix.Cell row = onlyRow("| Site Reliability Engineer (SRE) | Never hardcodes credentials. |");
		assertThat(row.required()).isFalse();
		assertThat(row.role()).isEqualTo("Site Reliability Engineer (SRE)");
		assertThat(row.description()).isEqualTo("Never hardcodes credentials.");
	}

	@Test
	void descriptionsKeepEveryCharacter() {
		String description = "Uses \"vault\" CLI: KV v2, AppRole & OIDC — don't store secrets in code; 100% of them.";
		assertThat(onlyRow("| DevOps Engineer | Required | " + description + " |").description()).isEqualTo(description);
	}

	@Test
	void brIsALineBreakInEveryRowShape() {
		String cell = "Example behaviors:<br>- Runs Vault.<br>- Rotates keys.<br><br>Example: a rotation runbook";
		String description = "Example behaviors:\n- Runs Vault.\n- Rotates keys.\n\nExample: a rotation runbook";
		assertThat(onlyRow("| DevOps Engineer | Required | " + cell + " |").description()).isEqualTo(description);
		assertThat(onlyRow("| DevOps Engineer | " + cell + " | |").description()).isEqualTo(description);
		assertThat(onlyRow("| DevOps Engineer | " + cell + " |").description()).isEqualTo(description);
	}

	@Test
	void brIsALineBreakInEverySpellingAndTheSpacesAroundItArePadding() {
		assertThat(onlyRow("| DevOps Engineer | a<br/>b<br />c<BR>d<Br  />e <br> f\t<br>\tg |").description())
			.isEqualTo("a\nb\nc\nd\ne\nf\ng");
	}

	@Test
	void otherTextThatLooksLikeHtmlStaysText() {
		String description = "Writes <b>bold</b> claims only where a <= b; <brown> and <br class=\"x\"> are words, "
				+ "&lt;br&gt; too, and <script>alert(1)</script> is text.";
		assertThat(onlyRow("| DevOps Engineer | " + description + " |").description()).isEqualTo(description);
	}

	@Test
	void rowsAfterAListShapedCellKeepTheirLineNumbers() {
		String text = header(2, 5, 0, 6, "3/17/2026")
				+ table("| Cloud Engineer | Tasks:<br>- Runs Vault.<br>- Rotates keys. |", "| DevOps Engineer | Mandatory | x |")
				+ table("| Cloud Engineer | Runs Vault. |").repeat(4);
		assertRejected(text, 22, "unknown row shape");
	}

	@Test
	void anExportWithWindowsLineEndingsReadsAsWithUnixOnes() {
		String text = header(1, 5, 1, 4, "3/17/2026") + table("| DevOps Engineer | Required | Tasks:<br>- Runs Vault. |")
				+ table("| DevOps Engineer | Other levels. |").repeat(4);
		assertThat(parse(text.replace("\n", "\r\n"))).isEqualTo(parse(text));
		assertThat(parse(text).cells().get(0).description()).isEqualTo("Tasks:\n- Runs Vault.");
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
			| DevOps Engineer | Required | Runs Vault. | Extra |; expected 2 or 3 cells, found 4
			| DevOps Engineer | Mandatory | Runs Vault. |; unknown row shape
			DevOps Engineer, Runs Vault.; expected a table row
			| DevOps Engineer | Required |  |; the description is empty
			| DevOps Engineer | Required | <br> <br/> |; the description is empty
			""")
	void aRowThatStatesNoCellIsRejectedOnItsLine(String row, String message) {
		assertRejected(export(row), 21, message);
	}

	@ParameterizedTest(name = "{8}")
	@CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
			1; 5; 0; 4; 3/17/2026; | Cloud Engineer | Runs Vault. |; 4; 30; expected 5 level tables (one per level of the matrix), found 4
			1; 5; 0; 6; 3/17/2026; | Cloud Engineer | Runs Vault. |; 6; 34; a table after the 5 level tables
			1; 5; 0; 5; 2/30/2026; | Cloud Engineer | Runs Vault. |; 5; 16; "'2/30/2026' is not a date; expected month/day/year, such as 3/17/2026"
			19; 5; 0; 5; 3/17/2026; | Cloud Engineer | Runs Vault. |; 5; 6; the header says 19 roles but the tables have 1
			1; 5; 2; 3; 3/17/2026; | Cloud Engineer | Required | Runs Vault. |; 5; 12; the header says 2 mandatory requirements but the tables have 5
			1; 5; 0; 4; 3/17/2026; | Cloud Engineer | Runs Vault. |; 5; 13; the header says 4 optional cells but the tables have 5
			""")
	void aHeaderOrTablesThatDoNotAgreeAreRejected(int roles, int levels, int required, int optional, String date,
			String row, int tables, int line, String message) {
		assertRejected(header(roles, levels, required, optional, date) + table(row).repeat(tables), line, message);
	}

	@Test
	void roleTwiceInOneTableIsRejected() {
		String text = header(2, 5, 0, 2, "3/17/2026") + table("| Cloud Engineer | Runs Vault. |", "| Cloud Engineer | Again. |")
				+ table("| Cloud Engineer | Runs Vault. |").repeat(4);
		assertRejected(text, 22, "role 'Cloud Engineer' appears twice in table 1 (first on line 21)");
	}

	@Test
	void everyProblemInARowIsReportedInOnePass() {
		String text = header(1, 5, 0, 5, "2/30/2026") + table("| Cloud Engineer | Runs Vault. | Extra | More |", "| Cloud Engineer | Required | |")
				+ table("| Cloud Engineer | Runs Vault. |").repeat(4);
		List<DataProblem> problems = new ArrayList<>();
		assertThat(ExportParser.parse("x.txt", "x", text, LEVELS, problems)).isNull();
		assertThat(problems).extracting(DataProblem::toString)
			.containsExactly("x.txt:16: '2/30/2026' is not a date; expected month/day/year, such as 3/17/2026",
					"x.txt:21: expected 2 or 3 cells, found 4", "x.txt:22: the description is empty",
					"x.txt:13: the header says 5 optional cells but the tables have 4");
	}

	@Test
	void missingHeaderLabelIsRejected() {
		assertRejected(export("| Cloud Engineer | Runs Vault. |").replace("Skill Profile", "Profile"), 3,
				"expected 'Skill Profile', found 'Profile'");
	}

	@Test
	void truncatedExportIsRejected() {
		assertRejected("Domain\nSecurity\n", 3, "the export ends where 'Skill Profile' was expected");
	}

	@Test
	void missingSeparatorRowIsRejected() {
		String text = export("| Cloud Engineer | Runs Vault. |").replaceFirst("\\|---\\|---\\|---\\|\n", "");
		assertRejected(text, 20, "expected the separator row");
	}

	private static void assertRejected(String text, int line, String message) {
		assertRejected(text, LEVELS, line, message);
	}

	private static void assertRejected(String text, List<Matrix.Level> levels, int line, String message) {
		List<DataProblem> problems = new ArrayList<>();
		assertThat(ExportParser.parse("export.txt", "export", text, levels, problems)).isNull();
		assertThat(problems).extracting(DataProblem::toString).anySatisfy((problem) -> assertThat(problem)
			.startsWith("export.txt:" + line + ": " + message));
	}

	private static Matrix.Skill parse(String text) {
		List<DataProblem> problems = new ArrayList<>();
		Matrix.Skill skill = ExportParser.parse("vault-secrets.txt", "vault-secrets", text, LEVELS, problems);
		assertThat(problems).isEmpty();
		return skill;
	}

	/** An export of one role whose first table holds the given row, and whose other tables are well formed. */
	private static String export(String firstRow) {
		return header(1, 5, 0, 5, "3/17/2026") + table(firstRow) + table("| Cloud Engineer | Runs Vault. |").repeat(4);
	}

	private static Matrix.Cell onlyRow(String row) {
		boolean required = row.contains("| Required |");
		String role = row.substring(1, row.indexOf('|', 1)).strip();
		String other = "| " + role + " | Other levels. |";
		String text = header(1, 5, required ? 1 : 0, required ? 4 : 5, "3/17/2026") + table(row) + table(other).repeat(4);
		return parse(text).cells().get(0);
	}

	private static String header(int roles, int levels, int required, int optional, String date) {
		return String.join("\n", "Domain", "Security", "Skill Profile", "Vault, rotation", "Roles", "" + roles,
				"where this skill appears", "Levels", "" + levels, "structured growth path", "Mandatory requirements",
				"" + required, "the other " + optional + " optional", "Security", "Infrastructure Security", date,
				"Choose your current level.", "The table shows how skill depth grows.", "");
	}

	private static String table(String... rows) {
		return "| Role | Required | Description |\n|---|---|---|\n" + String.join("\n", rows) + "\n";
	}

}
