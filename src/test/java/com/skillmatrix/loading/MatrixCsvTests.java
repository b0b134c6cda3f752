package com.skillmatrix.loading;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.TestMatrix;
import com.skillmatrix.api.CsvCell;
import com.skillmatrix.api.MatrixCsvWriter;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.MatrixCsvFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixCsvTests {

	private static final List<Matrix.Level> LEVELS = List.of(new Matrix.Level("associate", "Associate"),
			new Matrix.Level("staff", "Staff"));

	private static final String HEADER = String.join(",", MatrixCsvFormat.HEADER) + "\n";

	@Test
	void readsOneSkillWithItsCellsByLevel() {
		List<Matrix.Skill> skills = read(HEADER
				+ "cpp,C++,Languages,Systems,\"Templates, RAII\",2026-01-02,Staff,C++ Developer,required,Leads reviews.\n"
				+ "cpp,C++,Languages,Systems,\"Templates, RAII\",2026-01-02,Associate,C++ Developer,optional,Writes code.\n"
				+ "cpp,C++,Languages,Systems,\"Templates, RAII\",2026-01-02,Associate,C Developer,Optional,Reads code.\n");
		assertThat(skills).singleElement().satisfies((skill) -> {
			assertThat(skill.slug()).isEqualTo("cpp");
			assertThat(skill.summary()).isEqualTo("Templates, RAII");
			assertThat(skill.lastUpdated()).isEqualTo(LocalDate.of(2026, 1, 2));
			assertThat(skill.cells()).extracting(Matrix.Cell::role, Matrix.Cell::level, Matrix.Cell::position,
					Matrix.Cell::required)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("C++ Developer", "associate", 1, false),
						org.assertj.core.groups.Tuple.tuple("C Developer", "associate", 2, false),
						org.assertj.core.groups.Tuple.tuple("C++ Developer", "staff", 1, true));
		});
	}

	@Test
	void quotesCommasAndLineBreaksSurvive() {
		String description = "Says \"no\", then\nwrites it down.";
		String quoted = "\"" + description.replace("\"", "\"\"") + "\"";
		List<Matrix.Skill> skills = read(HEADER + "a,A,D,C,S,2026-01-02,Staff,Role," + "required," + quoted + "\n");
		assertThat(skills.get(0).cells().get(0).description()).isEqualTo(description);
	}

	@Test
	void aListInAFieldKeepsItsLineBreaksAsWrittenAndLaterRowsTheirLineNumbers() {
		String list = "Example behaviors:\n- Writes tests.\n\n* Reviews code.\n• Mentors.\nExample: a design review";
		String windows = list.replace("\n", "\r\n");
		List<DataProblem> problems = new ArrayList<>();
		// Rows end with CRLF, as a spreadsheet on Windows writes them; one cell breaks its lines with LF, one with CRLF.
		List<Matrix.Skill> skills = MatrixCsvReader.read("m.csv", HEADER.replace("\n", "\r\n")
				+ "a,A,D,C,,2026-01-02,Associate,Role,required,\"" + list + "\"\r\n"
				+ "a,A,D,C,,2026-01-02,Staff,Role,optional,\"" + windows + "\"\r\n", LEVELS, problems);
		assertThat(problems).isEmpty();
		assertThat(skills.get(0).cells()).extracting(Matrix.Cell::description, Matrix.Cell::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(list, 2), org.assertj.core.groups.Tuple.tuple(windows, 8));
		problems.clear();
		MatrixCsvReader.read("m.csv", HEADER + "a,A,D,C,,2026-01-02,Associate,Role,required,\"" + list + "\"\n"
				+ "a,A,D,C,,2026-01-02,Expert,Role,required,x\n", LEVELS, problems);
		assertThat(problems).extracting(DataProblem::toString)
			.containsExactly("m.csv:8: unknown level 'Expert'; the levels are Associate, Staff");
	}

	@Test
	void formulaEscapesLoadBackExactly() {
		for (String text : List.of("=SUM(A1)", "+1", "-", "@x", "\tx", "'=x", "''@x", "'plain", "plain")) {
			assertThat(MatrixCsvFormat.unescape(MatrixCsvFormat.escape(text))).as(text).isEqualTo(text);
			assertThat(MatrixCsvFormat.escape(text)).as(text).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
		}
		assertThat(MatrixCsvFormat.escape("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(MatrixCsvFormat.escape("plain")).isEqualTo("plain");
	}

	@Test
	void everyProblemIsReportedWithTheLineItStartsOn() {
		List<DataProblem> problems = new ArrayList<>();
		MatrixCsvReader.read("m.csv", HEADER
				+ "a,A,D,C,S,2026-01-02,Staff,Role,required,\"two\nlines\"\n"
				+ "a,A,D,C,S,2026-02-30,Lead,Role,maybe,\n"
				+ "Not A Slug,A,D,C,S,2026-01-02,Staff,Role,required,x\n"
				+ "a,A,D,C,S,2026-01-02,Staff,Role,required\n"
				+ "a,A,D,C,S,2026-01-02,Staff,Role,optional,again\n", LEVELS, problems);
		assertThat(problems).extracting(DataProblem::toString)
			.containsExactly("m.csv:4: unknown level 'Lead'; the levels are Associate, Staff",
					"m.csv:4: required is 'maybe'; write 'required' or 'optional'",
					"m.csv:4: last_updated '2026-02-30' is not a date; write it as YYYY-MM-DD, such as 2026-03-17",
					"m.csv:4: description is empty",
					"m.csv:5: skill_slug 'Not A Slug' is not a slug: lower-case letters and digits joined by hyphens",
					"m.csv:6: expected 10 columns, found 9",
					"m.csv:7: the skill 'a' has a second cell for 'Role' at this level (first on line 2)");
	}

	@Test
	void aWrongHeaderIsReported() {
		List<DataProblem> problems = new ArrayList<>();
		MatrixCsvReader.read("m.csv", "slug,name\n", LEVELS, problems);
		assertThat(problems).extracting(DataProblem::toString).first().asString()
			.startsWith("m.csv:1: expected the header 'skill_slug,skill_name,");
	}

	@Test
	void rowsOfOneSkillMustAgreeOnItsHeader() {
		List<DataProblem> problems = new ArrayList<>();
		MatrixCsvReader.read("m.csv", HEADER + "a,A,D,C,S,2026-01-02,Staff,Role,required,x\n"
				+ "a,A,D,C,Other,2026-01-02,Associate,Role,required,y\n", LEVELS, problems);
		assertThat(problems).extracting(DataProblem::toString).containsExactly(
				"m.csv:3: the skill 'a' is described differently on line 2 (name, domain, category, summary and "
						+ "last_updated must be the same on every row)");
	}

	@Test
	void aDescriptionWithACommaAQuoteALineBreakAndAFormulaSurvivesExportAndImport() {
		String description = "=HYPERLINK(\"https://example.com\"), then \"quote\", and\r\na second line";
		CsvCell row = new CsvCell("a", "+Skill", "-Domain", "@Category", "\tSummary, \"quoted\"", LocalDate.of(2026, 1, 2),
				"Staff", "=Role", true, description);
		String csv = MatrixCsvWriter.write(List.of(row));
		assertThat(read(csv)).singleElement().satisfies((skill) -> {
			assertThat(skill.name()).isEqualTo("+Skill");
			assertThat(skill.domain()).isEqualTo("-Domain");
			assertThat(skill.category()).isEqualTo("@Category");
			assertThat(skill.summary()).isEqualTo("\tSummary, \"quoted\"");
			assertThat(skill.cells()).singleElement().satisfies((cell) -> {
				assertThat(cell.role()).isEqualTo("=Role");
				assertThat(cell.description()).isEqualTo(description);
				assertThat(cell.required()).isTrue();
			});
		});
	}

	@Test
	void aSpreadsheetSeesNoFormulaAndEveryFieldWhole() throws IOException {
		String csv = MatrixCsvWriter.write(List.of(new CsvCell("a", "A", "D", "C", "S", LocalDate.of(2026, 1, 2), "Staff",
				"Role", false, "=1+1; -2+3; @SUM(A1)")));
		try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
			for (CSVRecord record : parser) {
				assertThat(record.toList()).allSatisfy((field) -> assertThat(field).doesNotMatch("(?s)[=+\\-@\t\r].*"));
			}
		}
		assertThat(csv.split("\r\n")).allSatisfy((line) -> assertThat(line).startsWith("\"").endsWith("\""));
		assertThat(csv).contains("\"'=1+1; -2+3; @SUM(A1)\"");
	}

	@Test
	void writtenLevelsLoadBackExactly() {
		List<Matrix.Level> levels = List.of(new Matrix.Level("entry", "-1, \"entry\""), new Matrix.Level("staff", "Staff"));
		List<DataProblem> problems = new ArrayList<>();
		List<Level> written = List.of(new Level("entry", "-1, \"entry\"", 1), new Level("staff", "Staff", 2));
		assertThat(MatrixReader.levels("levels.csv", MatrixCsvWriter.writeLevels(written), problems)).isEqualTo(levels);
		assertThat(problems).isEmpty();
	}

	@Test
	void theTestMatrixLoadsBackFromItsOwnCsv() {
		Matrix matrix = new Matrix(TestMatrix.levels(), TestMatrix.skills().stream().map(TestMatrix.Skill::data).toList());
		List<CsvCell> rows = new ArrayList<>();
		for (Matrix.Skill skill : matrix.skills()) {
			for (Matrix.Cell cell : skill.cells()) {
				String level = TestMatrix.level(cell.level()).name();
				rows.add(new CsvCell(skill.slug(), skill.name(), skill.domain(), skill.category(), skill.summary(),
						skill.lastUpdated(), level, cell.role(), cell.required(), cell.description()));
			}
		}
		List<DataProblem> problems = new ArrayList<>();
		List<Matrix.Skill> read = MatrixCsvReader.read("m.csv", MatrixCsvWriter.write(rows), matrix.levels(), problems);
		assertThat(problems).isEmpty();
		assertThat(Matrices.withoutSources(new Matrix(matrix.levels(), read))).isEqualTo(Matrices.withoutSources(matrix));
	}

	private static List<Matrix.Skill> read(String text) {
		List<DataProblem> problems = new ArrayList<>();
		List<Matrix.Skill> skills = MatrixCsvReader.read("m.csv", text, LEVELS, problems);
		assertThat(problems).isEmpty();
		return skills;
	}

}
