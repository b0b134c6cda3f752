package com.skillmatrix.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixCsvTests {

	private static final List<Matrix.Level> LEVELS = List.of(new Matrix.Level("associate", "Associate"),
			new Matrix.Level("staff", "Staff"));

	private static final String HEADER = String.join(",", MatrixCsv.HEADER) + "\n";

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
	void formulaEscapesLoadBackExactly() {
		for (String text : List.of("=SUM(A1)", "+1", "-", "@x", "\tx", "'=x", "''@x", "'plain", "plain")) {
			assertThat(MatrixCsv.unescape(MatrixCsv.escape(text))).as(text).isEqualTo(text);
			assertThat(MatrixCsv.escape(text)).as(text).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
		}
		assertThat(MatrixCsv.escape("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(MatrixCsv.escape("plain")).isEqualTo("plain");
	}

	@Test
	void everyProblemIsReportedWithTheLineItStartsOn() {
		List<Problem> problems = new ArrayList<>();
		MatrixCsv.read("m.csv", HEADER
				+ "a,A,D,C,S,2026-01-02,Staff,Role,required,\"two\nlines\"\n"
				+ "a,A,D,C,S,2026-02-30,Lead,Role,maybe,\n"
				+ "Not A Slug,A,D,C,S,2026-01-02,Staff,Role,required,x\n"
				+ "a,A,D,C,S,2026-01-02,Staff,Role,required\n"
				+ "a,A,D,C,S,2026-01-02,Staff,Role,optional,again\n", LEVELS, problems);
		assertThat(problems).extracting(Problem::toString)
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
		List<Problem> problems = new ArrayList<>();
		MatrixCsv.read("m.csv", "slug,name\n", LEVELS, problems);
		assertThat(problems).extracting(Problem::toString).first().asString()
			.startsWith("m.csv:1: expected the header 'skill_slug,skill_name,");
	}

	@Test
	void rowsOfOneSkillMustAgreeOnItsHeader() {
		List<Problem> problems = new ArrayList<>();
		MatrixCsv.read("m.csv", HEADER + "a,A,D,C,S,2026-01-02,Staff,Role,required,x\n"
				+ "a,A,D,C,Other,2026-01-02,Associate,Role,required,y\n", LEVELS, problems);
		assertThat(problems).extracting(Problem::toString).containsExactly(
				"m.csv:3: the skill 'a' is described differently on line 2 (name, domain, category, summary and "
						+ "last_updated must be the same on every row)");
	}

	private static List<Matrix.Skill> read(String text) {
		List<Problem> problems = new ArrayList<>();
		List<Matrix.Skill> skills = MatrixCsv.read("m.csv", text, LEVELS, problems);
		assertThat(problems).isEmpty();
		return skills;
	}

}
