package com.skillmatrix.loading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import com.skillmatrix.matrix.MatrixCsvFormat;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.Slugs;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a whole data folder into one {@link Matrix}: {@code levels.csv} (or the default levels), every skill-page
 * export ({@code <slug>.txt}) and every file in the matrix CSV format ({@code *.csv}). Every problem in every file is
 * found in one pass; a folder with any problem gives no matrix, so that bad data is never half-loaded.
 */
public final class MatrixReader {

	private static final String LEVELS_FILE = MatrixCsvFormat.LEVELS_FILE;

	static final int MIN_LEVELS = 2;

	static final int MAX_LEVELS = 12;

	private static final String DEFAULT_LEVELS = "/matrix/default-levels.csv";

	/**
	 * The version of the rules that give a folder its meaning: bump it with any change to the slug rule, the formats'
	 * parsing or the checks, so that a release with new rules loads an unchanged folder again.
	 */
	static final int RULES_VERSION = 2;

	private static final int MAX_NAME = 200;

	private static final int MAX_LEVEL_NAME = 50;

	private static final int MAX_SUMMARY = 1000;

	private static final int MAX_DESCRIPTION = 4000;

	private MatrixReader() {
	}

	/** What reading a folder gave: the matrix, or the problems that kept it from being one. */
	public record Reading(Matrix matrix, List<DataProblem> problems, int checksum) {

		public boolean clean() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * Reads the files of a folder, named by {@code folder} in messages.
	 * @param files the folder's files, in any order
	 */
	public static Reading read(String folder, List<DataFile> files) {
		List<DataFile> sorted = files.stream().sorted(Comparator.comparing(DataFile::name)).toList();
		List<DataProblem> problems = new ArrayList<>();
		Map<String, String> texts = new HashMap<>();
		for (DataFile file : sorted) {
			String text = decode(file, problems);
			if (text != null) {
				texts.put(file.name(), text);
			}
		}
		DataFile levelsFile = sorted.stream().filter((file) -> file.name().equals(LEVELS_FILE)).findFirst().orElse(null);
		List<Matrix.Level> levels = (levelsFile != null)
				? (texts.containsKey(LEVELS_FILE) ? levels(levelsFile.path(), texts.get(LEVELS_FILE), problems) : List.of())
				: defaultLevels();
		List<Matrix.Skill> skills = new ArrayList<>();
		boolean anySkillFile = false;
		for (DataFile file : sorted) {
			String name = file.name();
			String text = texts.get(name);
			if (name.equals(LEVELS_FILE)) {
				continue;
			}
			if (name.endsWith(".txt")) {
				anySkillFile = true;
				String slug = name.substring(0, name.length() - ".txt".length());
				if (!Slugs.isSlug(slug)) {
					problems.add(new DataProblem(file.path(), 0, "the file name gives the skill's slug, and '" + slug
							+ "' is not one: use lower-case letters and digits joined by hyphens, such as vault-secrets.txt"));
				}
				else if (text != null && !levels.isEmpty()) {
					Matrix.Skill skill = ExportParser.parse(file.path(), slug, text, levels, problems);
					if (skill != null) {
						skills.add(skill);
					}
				}
			}
			else if (name.endsWith(".csv")) {
				anySkillFile = true;
				if (text != null && !levels.isEmpty()) {
					skills.addAll(MatrixCsvReader.read(file.path(), text, levels, problems));
				}
			}
		}
		if (!anySkillFile) {
			problems.add(new DataProblem(folder, 0, "no skill files: the folder needs skill-page exports (<slug>.txt) or "
					+ "matrix CSV files (*.csv)"));
		}
		checkAcrossFiles(skills, problems);
		return new Reading(problems.isEmpty() ? new Matrix(levels, skills) : null, List.copyOf(problems),
				checksum(sorted));
	}

	/**
	 * The text of a file, or null when it is not UTF-8 (a problem at the line of the first wrong byte). The byte-order
	 * mark that spreadsheets and the CSV downloads write first is not text.
	 */
	private static String decode(DataFile file, List<DataProblem> problems) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.bytes()))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			int line = 1;
			int valid = validPrefix(file.bytes());
			for (int i = 0; i < valid; i++) {
				if (file.bytes()[i] == '\n') {
					line++;
				}
			}
			problems.add(new DataProblem(file.path(), line, "the file is not UTF-8: save it as UTF-8 text"));
			return null;
		}
	}

	/** How many bytes at the start decode as UTF-8. */
	private static int validPrefix(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
		return in.position();
	}

	/** What the load's result depends on besides the folder: the rules' version and the bundled default levels. */
	static byte[] rules() {
		try (InputStream in = MatrixReader.class.getResourceAsStream(DEFAULT_LEVELS)) {
			byte[] levels = in.readAllBytes();
			byte[] version = ("rules " + RULES_VERSION + "\n").getBytes(StandardCharsets.UTF_8);
			byte[] rules = Arrays.copyOf(version, version.length + levels.length);
			System.arraycopy(levels, 0, rules, version.length, levels.length);
			return rules;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Matrix.Level> defaultLevels() {
		try (InputStream in = MatrixReader.class.getResourceAsStream(DEFAULT_LEVELS)) {
			List<DataProblem> problems = new ArrayList<>();
			List<Matrix.Level> levels = levels(DEFAULT_LEVELS, new String(in.readAllBytes(), StandardCharsets.UTF_8),
					problems);
			if (!problems.isEmpty()) {
				throw new IllegalStateException("The bundled default levels are broken: " + problems);
			}
			return levels;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code levels.csv}: a {@code slug,name} header, then the levels lowest first. */
	static List<Matrix.Level> levels(String file, String text, List<DataProblem> problems) {
		int before = problems.size();
		List<Matrix.Level> levels = new ArrayList<>();
		MatrixCsvReader.Lines lines = new MatrixCsvReader.Lines(text);
		Map<String, Integer> slugs = new HashMap<>();
		Map<String, Integer> names = new HashMap<>();
		try (CSVParser parser = CSVParser.parse(text, MatrixCsvFormat.FORMAT)) {
			boolean header = true;
			for (CSVRecord record : parser) {
				int line = lines.at(record.getCharacterPosition());
				if (header) {
					header = false;
					if (!MatrixCsvFormat.LEVELS_HEADER.equals(record.toList())) {
						problems.add(new DataProblem(file, line, "expected the header 'slug,name'"));
					}
					continue;
				}
				if (record.size() != 2) {
					problems.add(new DataProblem(file, line, "expected 2 columns, slug and name, found " + record.size()));
					continue;
				}
				String slug = record.get(0).strip();
				String name = MatrixCsvFormat.unescape(record.get(1).strip());
				if (!Slugs.isSlug(slug) || slug.length() > MAX_LEVEL_NAME) {
					problems.add(new DataProblem(file, line, "'" + slug + "' is not a slug of at most " + MAX_LEVEL_NAME
							+ " characters: lower-case letters and digits joined by hyphens"));
				}
				if (name.isEmpty() || name.length() > MAX_LEVEL_NAME) {
					problems.add(new DataProblem(file, line, "a level needs a name of 1 to " + MAX_LEVEL_NAME + " characters"));
				}
				Integer first = slugs.putIfAbsent(slug, line);
				if (first != null) {
					problems.add(new DataProblem(file, line, "the slug '" + slug + "' is already used on line " + first));
				}
				first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), line);
				if (first != null) {
					problems.add(new DataProblem(file, line, "the name '" + name + "' is already used on line " + first));
				}
				levels.add(new Matrix.Level(slug, name));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(new DataProblem(file, lines.count(), "the CSV cannot be read: " + ex.getMessage()));
		}
		if (problems.size() == before && (levels.size() < MIN_LEVELS || levels.size() > MAX_LEVELS)) {
			problems.add(new DataProblem(file, 0, "a matrix has " + MIN_LEVELS + " to " + MAX_LEVELS + " levels, this file names "
					+ levels.size()));
		}
		return (problems.size() == before) ? List.copyOf(levels) : List.of();
	}

	/**
	 * What no single file can see: a skill defined twice, two names that give one slug (roles, skills, domains, or
	 * categories of a domain), since the slug is what links and the database key on, and a role whose slug a page of
	 * its own takes ({@link Role#RESERVED_SLUGS}).
	 */
	private static void checkAcrossFiles(List<Matrix.Skill> skills, List<DataProblem> problems) {
		Map<String, Matrix.Skill> bySlug = new HashMap<>();
		Names roles = new Names("role", Role.RESERVED_SLUGS, "/roles/");
		Names domains = new Names("domain");
		Names categories = new Names("category");
		for (Matrix.Skill skill : skills) {
			String source = skill.source();
			int line = skill.line();
			Matrix.Skill first = bySlug.putIfAbsent(skill.slug(), skill);
			if (first != null) {
				problems.add(new DataProblem(source, line, "the skill '" + skill.slug() + "' is already defined in "
						+ first.source() + ":" + first.line()));
				continue;
			}
			length(source, line, "the skill's name", skill.name(), MAX_NAME, problems);
			length(source, line, "the domain", skill.domain(), MAX_NAME, problems);
			length(source, line, "the category", skill.category(), MAX_NAME, problems);
			length(source, line, "the summary", skill.summary(), MAX_SUMMARY, problems);
			domains.check("", skill.domain(), source, line, problems);
			categories.check(skill.domain() + "/", skill.category(), source, line, problems);
			Set<String> seen = new HashSet<>();
			// In the order of the file, so that a clash is reported where it is written second.
			for (Matrix.Cell cell : skill.cells().stream().sorted(Comparator.comparingInt(Matrix.Cell::line)).toList()) {
				if (seen.add(cell.role())) {
					roles.check("", cell.role(), source, cell.line(), problems);
					length(source, cell.line(), "the role's name", cell.role(), MAX_NAME, problems);
				}
				length(source, cell.line(), "the description", cell.description(), MAX_DESCRIPTION, problems);
			}
		}
	}

	private static void length(String source, int line, String what, String text, int max, List<DataProblem> problems) {
		if (text.length() > max) {
			problems.add(new DataProblem(source, line, what + " is " + text.length() + " characters long; at most " + max
					+ " fit"));
		}
	}

	/**
	 * Names of one kind and the slugs they give; two names for one slug is a problem, and so is a slug that a page of
	 * its own takes where the name's page would be.
	 */
	private static final class Names {

		private final String kind;

		private final Set<String> reserved;

		private final String pages;

		private final Map<String, String> names = new HashMap<>();

		private final Map<String, String> places = new HashMap<>();

		Names(String kind) {
			this(kind, Set.of(), "");
		}

		/**
		 * @param reserved the slugs that other pages take
		 * @param pages the address of the names' pages, to which the slug is added
		 */
		Names(String kind, Set<String> reserved, String pages) {
			this.kind = kind;
			this.reserved = reserved;
			this.pages = pages;
		}

		/**
		 * @param scope what the name belongs to, such as the domain of a category, or empty
		 * @param name the name that gives the slug
		 */
		void check(String scope, String name, String source, int line, List<DataProblem> problems) {
			String slug;
			try {
				slug = Slugs.of(name);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new DataProblem(source, line, "the " + this.kind + " '" + name + "' has no letters or digits"));
				return;
			}
			String first = this.names.putIfAbsent(scope + slug, name);
			if (first == null) {
				this.places.put(scope + slug, source + ":" + line);
				if (this.reserved.contains(slug)) {
					problems.add(new DataProblem(source, line, "the " + this.kind + " '" + name + "' gives the slug '" + slug
							+ "', whose address " + this.pages + slug + " is another page's, so the " + this.kind
							+ "'s own page could never be reached; rename the " + this.kind));
				}
			}
			else if (!first.equals(name)) {
				problems.add(new DataProblem(source, line, "the " + this.kind + " '" + name + "' and the " + this.kind + " '"
						+ first + "' (" + this.places.get(scope + slug) + ") give the same slug '" + slug + "'"));
			}
		}

	}

	/** A checksum of the folder's names and bytes. */
	static int checksum(List<DataFile> files) {
		return checksum(files, new byte[0]);
	}

	/**
	 * A checksum of the folder's names and bytes and of the rules that read them: the load runs again when either
	 * changes.
	 */
	static int checksum(List<DataFile> files, byte[] rules) {
		CRC32 crc = new CRC32();
		if (files == null) {
			return 0;
		}
		crc.update(rules);
		crc.update(0);
		for (DataFile file : files.stream().sorted(Comparator.comparing(DataFile::name)).toList()) {
			crc.update(file.name().getBytes(StandardCharsets.UTF_8));
			crc.update(0);
			crc.update(file.bytes());
			crc.update(0);
		}
		return (int) crc.getValue();
	}

}
