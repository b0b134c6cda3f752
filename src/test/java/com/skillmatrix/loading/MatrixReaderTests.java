package com.skillmatrix.loading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.skillmatrix.matrix.MatrixCsvFormat;
import com.skillmatrix.matrix.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The data folder as a whole, and the check command that reads it as a start would. */
class MatrixReaderTests {

	private static final String HEADER = String.join(",", MatrixCsvFormat.HEADER) + "\n";

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@TempDir
	Path folder;

	@Test
	void theBundledSeedIsOneCleanSkillAtTheDefaultLevels() throws IOException {
		Files.copy(ExportParserTests.SEED, this.folder.resolve("vault-secrets.txt"));
		MatrixReader.Reading reading = DataFolder.read(this.folder);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.matrix().levels()).extracting(Matrix.Level::name)
			.containsExactlyElementsOf(ExportParserTests.LEVELS.stream().map(Matrix.Level::name).toList());
		assertThat(reading.matrix().skills()).extracting(Matrix.Skill::slug).containsExactly("vault-secrets");
	}

	@Test
	void exportsAndCsvFilesMixAtTheLevelsOfLevelsCsv() throws IOException {
		write("levels.csv", "slug,name\nassociate,Associate\nengineer,Engineer\nsenior,Senior\nstaff,Staff\n");
		write("skills.csv", HEADER + "cpp,C++,Languages,Systems,S,2026-01-02,Staff,C++ Developer,required,x\n"
				+ "c,C,Languages,Systems,S,2026-01-02,Associate,C Developer,optional,y\n");
		MatrixReader.Reading reading = DataFolder.read(this.folder);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.matrix().levels()).extracting(Matrix.Level::slug)
			.containsExactly("associate", "engineer", "senior", "staff");
		assertThat(reading.matrix().roleCount()).isEqualTo(2);
		assertThat(reading.matrix().cellCount()).isEqualTo(2);
	}

	@Test
	void checkPrintsEveryProblemWithFileAndLineAndFails() throws IOException {
		Files.writeString(this.folder.resolve("vault-secrets.txt"),
				Files.readString(ExportParserTests.SEED).replace("3/17/2026", "3/32/2026"));
		write("a.csv", HEADER + "a,A,Security,Ops,S,2026-01-02,Lead,Cloud Engineer,perhaps,x\n"
				+ "a,A,Security,Ops,S,2026-01-02,Expert,Cloud Engineer,optional,y\n"
				+ "a,A,Security,Ops,S,2026-01-02,Senior,DevOps Engineer,optional,\n"
				+ "a,A,Security,Ops,S,2026-01-02,Junior,Cloud engineer,optional,z\n");
		Files.write(this.folder.resolve("latin1.csv"), (HEADER + "b,B,D,C,S,2026-01-02,Junior,R,optional,Caf\u00e9\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		Output output = check(this.folder.toString());
		assertThat(output.code()).isEqualTo(1);
		assertThat(output.err()).contains(this.folder.resolve("a.csv") + ":2: required is 'perhaps'; write 'required' or 'optional'",
				this.folder.resolve("a.csv") + ":3: unknown level 'Expert'; the levels are Junior, Middle, Senior, Lead, Principal",
				this.folder.resolve("a.csv") + ":4: description is empty",
				this.folder.resolve("latin1.csv") + ":2: the file is not UTF-8",
				this.folder.resolve("vault-secrets.txt") + ":17: '3/32/2026' is not a date",
				"5 problems in " + this.folder);
	}

	@Test
	void twoNamesWithOneSlugAreAProblem() throws IOException {
		write("a.csv", HEADER + "a,A,Security,Ops,S,2026-01-02,Lead,Cloud Engineer,optional,x\n"
				+ "a,A,Security,Ops,S,2026-01-02,Senior,Cloud engineer,optional,y\n");
		assertThat(DataFolder.read(this.folder).problems()).extracting(DataProblem::toString)
			.containsExactly(this.folder.resolve("a.csv") + ":3: the role 'Cloud engineer' and the role 'Cloud Engineer' ("
					+ this.folder.resolve("a.csv") + ":2) give the same slug 'cloud-engineer'");
	}

	@Test
	void aRoleWhoseSlugAnotherPageTakesIsAProblemOnce() throws IOException {
		assertThat(Role.RESERVED_SLUGS).isNotEmpty();
		for (String slug : Role.RESERVED_SLUGS) {
			// A name that gives the slug, as a data folder might write it: capitalised.
			String name = Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
			write("a.csv", HEADER + "a,A,Security,Ops,S,2026-01-02,Lead,Cloud Engineer,optional,x\n"
					+ "a,A,Security,Ops,S,2026-01-02,Senior," + name + ",optional,y\n"
					+ "b,B,Security,Ops,S,2026-01-02,Senior," + name + ",required,z\n");
			String problem = this.folder.resolve("a.csv") + ":3: the role '" + name + "' gives the slug '" + slug
					+ "', whose address /roles/" + slug + " is another page's, so the role's own page could never be "
					+ "reached; rename the role";
			assertThat(DataFolder.read(this.folder).problems()).extracting(DataProblem::toString).containsExactly(problem);
			Output output = check(this.folder.toString());
			assertThat(output.code()).isEqualTo(1);
			assertThat(output.err()).contains(problem, "1 problem in " + this.folder);
		}
	}

	@Test
	void aSkillInTwoFilesIsAProblem() throws IOException {
		Files.copy(ExportParserTests.SEED, this.folder.resolve("vault-secrets.txt"));
		write("more.csv", HEADER + "vault-secrets,V,Security,Ops,S,2026-01-02,Lead,Cloud Engineer,optional,x\n");
		assertThat(DataFolder.read(this.folder).problems()).extracting(DataProblem::toString)
			.containsExactly(this.folder.resolve("vault-secrets.txt") + ":1: the skill 'vault-secrets' is already defined in "
					+ this.folder.resolve("more.csv") + ":2");
	}

	@Test
	void anEmptyFolderAndAMissingOneAreProblems() {
		assertThat(DataFolder.read(this.folder).problems()).extracting(DataProblem::toString)
			.containsExactly(this.folder + ": no skill files: the folder needs skill-page exports (<slug>.txt) or "
					+ "matrix CSV files (*.csv)");
		Output output = check(this.folder.resolve("nowhere").toString());
		assertThat(output.code()).isEqualTo(1);
		assertThat(output.err()).contains(this.folder.resolve("nowhere") + ": the data folder does not exist");
	}

	@Test
	void levelsCsvNeedsTwoToTwelveDistinctLevels() throws IOException {
		write("levels.csv", "slug,name\nonly,Only\n");
		write("a.csv", HEADER + "a,A,D,C,S,2026-01-02,Only,R,optional,x\n");
		assertThat(DataFolder.read(this.folder).problems()).extracting(DataProblem::toString)
			.containsExactly(this.folder.resolve("levels.csv") + ": a matrix has 2 to 12 levels, this file names 1");
		write("levels.csv", "slug,name\nsame,Same\nsame,Other\nOops,Oops\n");
		assertThat(DataFolder.read(this.folder).problems()).extracting(DataProblem::toString).containsExactly(
				this.folder.resolve("levels.csv") + ":3: the slug 'same' is already used on line 2",
				this.folder.resolve("levels.csv") + ":4: 'Oops' is not a slug of at most 50 characters: lower-case "
						+ "letters and digits joined by hyphens");
	}

	@Test
	void checkSummarisesACleanFolder() throws IOException {
		Files.copy(ExportParserTests.SEED, this.folder.resolve("vault-secrets.txt"));
		Output output = check(this.folder.toString());
		assertThat(output.code()).isZero();
		assertThat(output.out()).isEqualTo(this.folder + " is clean: 1 skill, 19 roles, 5 levels, 91 cells\n");
	}

	@Test
	void checkCountsInSingularAndPlural() throws IOException {
		write("levels.csv", "slug,name\nlow,Low\nhigh,High\n");
		write("a.csv", HEADER + "a,A,D,C,S,2026-01-02,Low,R,optional,x\n");
		assertThat(check(this.folder.toString()).out()).isEqualTo(this.folder + " is clean: 1 skill, 1 role, 2 levels, 1 cell\n");
		write("b.csv", HEADER + "b,B,D,C,S,2026-01-02,Low,R,optional,x\nb,B,D,C,S,2026-01-02,High,Q,optional,y\n");
		assertThat(check(this.folder.toString()).out()).isEqualTo(this.folder + " is clean: 2 skills, 2 roles, 2 levels, 3 cells\n");
		write("b.csv", HEADER + "b,B,D,C,S,2026-01-02,Top,R,optional,x\n");
		assertThat(check(this.folder.toString()).err()).endsWith("\n1 problem in " + this.folder + ": nothing of it would be loaded.\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "src/main/resources/seed", "src/test/resources/matrices/four-levels" })
	void aByteOrderMarkBeforeAnyFileChangesNothing(String folder) throws IOException {
		List<DataFile> files = DataFolder.files(Path.of(folder));
		assertThat(files).isNotEmpty();
		List<DataFile> marked = files.stream()
			.map((file) -> hasMark(file.bytes()) ? file
					: new DataFile(file.name(), file.path(), concat(BYTE_ORDER_MARK, file.bytes())))
			.toList();
		List<DataFile> unmarked = files.stream()
			.map((file) -> hasMark(file.bytes())
					? new DataFile(file.name(), file.path(), Arrays.copyOfRange(file.bytes(), 3, file.bytes().length))
					: file)
			.toList();
		assertThat(marked).allMatch((file) -> hasMark(file.bytes()));
		assertThat(unmarked).noneMatch((file) -> hasMark(file.bytes()));
		MatrixReader.Reading reading = MatrixReader.read(folder, marked);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.matrix()).isEqualTo(MatrixReader.read(folder, unmarked).matrix());
		for (DataFile file : marked) {
			Files.write(this.folder.resolve(file.name()), file.bytes());
		}
		Output output = check(this.folder.toString());
		assertThat(output.code()).isZero();
		assertThat(output.out()).isEqualTo(this.folder + " is clean: " + reading.matrix().summary() + "\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "src/main/resources/seed", "src/test/resources/matrices/four-levels" })
	void windowsLineEndingsReadAsUnixOnesAndLineBreaksInQuotedFieldsStayAsWritten(String folder) {
		List<DataFile> files = DataFolder.files(Path.of(folder));
		assertThat(files).isNotEmpty();
		// As a spreadsheet on Windows saves: CRLF between rows, the line breaks inside a cell as they are.
		List<DataFile> windows = files.stream()
			.map((file) -> new DataFile(file.name(), file.path(),
					crlfOutsideQuotes(new String(file.bytes(), StandardCharsets.UTF_8), file.name().endsWith(".csv"))
						.getBytes(StandardCharsets.UTF_8)))
			.toList();
		assertThat(windows).anySatisfy((file) -> assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).contains("\r\n"));
		MatrixReader.Reading reading = MatrixReader.read(folder, windows);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.matrix()).isEqualTo(MatrixReader.read(folder, files).matrix());
	}

	/** What the suite's third run needs of its matrix to cover cells written as lists, as career frameworks do. */
	@Test
	void theFourLevelTestMatrixHoldsListsInBothFormats() {
		Matrix matrix = DataFolder.read(Path.of("src/test/resources/matrices/four-levels")).matrix();
		List<Matrix.Cell> cells = matrix.skills().stream().flatMap((skill) -> skill.cells().stream()).toList();
		for (String format : List.of(".txt", ".csv")) {
			assertThat(matrix.skills()).as("a list-shaped cell in a " + format + " file")
				.anyMatch((skill) -> skill.source().endsWith(format)
						&& skill.cells().stream().anyMatch((cell) -> cell.description().contains("\n")));
		}
		assertThat(cells).as("a cell of nearly 2,000 characters and 25 lines")
			.anyMatch((cell) -> cell.description().length() > 1800 && cell.description().split("\n").length == 25);
		assertThat(cells).as("headings, bullets of each kind, blank lines, examples and text that looks like HTML")
			.anyMatch((cell) -> cell.description().contains("Example behaviors:\n"))
			.anyMatch((cell) -> cell.description().contains("Example tasks:\n"))
			.anyMatch((cell) -> cell.description().contains("\n- "))
			.anyMatch((cell) -> cell.description().contains("\n* "))
			.anyMatch((cell) -> cell.description().contains("\n• "))
			.anyMatch((cell) -> cell.description().contains("\n\n"))
			.anyMatch((cell) -> cell.description().contains("\nExample: "))
			.anyMatch((cell) -> cell.description().contains("<b>") && cell.description().contains(" <= "));
		assertThat(matrix.skills()).as("an emoji name, an empty summary, an all-required and an all-optional skill")
			.anyMatch((skill) -> !Character.isLetterOrDigit(skill.name().codePointAt(0)))
			.anyMatch((skill) -> skill.summary().isEmpty())
			.anyMatch((skill) -> skill.cells().stream().allMatch(Matrix.Cell::required))
			.anyMatch((skill) -> skill.cells().stream().noneMatch(Matrix.Cell::required));
	}

	@Test
	void theChecksumFollowsTheFiles() throws IOException {
		write("a.csv", HEADER + "a,A,D,C,S,2026-01-02,Junior,R,optional,x\n");
		int first = DataFolder.read(this.folder).checksum();
		assertThat(DataFolder.read(this.folder).checksum()).isEqualTo(first);
		write("a.csv", HEADER + "a,A,D,C,S,2026-01-02,Junior,R,optional,y\n");
		assertThat(DataFolder.read(this.folder).checksum()).isNotEqualTo(first);
	}

	/** Each line ending LF as CRLF, except, in a CSV file, inside a quoted field. */
	private static String crlfOutsideQuotes(String text, boolean csv) {
		StringBuilder out = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (csv && c == '"') {
				quoted = !quoted;
			}
			boolean lf = c == '\n' && (i == 0 || text.charAt(i - 1) != '\r');
			out.append((lf && !quoted) ? "\r\n" : String.valueOf(c));
		}
		return out.toString();
	}

	private static boolean hasMark(byte[] bytes) {
		return Arrays.equals(bytes, 0, Math.min(3, bytes.length), BYTE_ORDER_MARK, 0, 3);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(this.folder.resolve(name), text);
	}

	private static Output check(String folder) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CheckCommand.run(new String[] { "check", folder }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Output(int code, String out, String err) {
	}

}
