package com.skillmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.skillmatrix.loading.Matrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The matrix this run loaded, read from the same data folder as the application: the one the system property
 * {@code skillmatrix.data} names, or else the bundled seed with the default levels. It is read with {@link DataFiles},
 * not with the application's reader, so that a bug of the reader shows on the pages tested against it. Tests derive
 * what a page must show from it, so that they hold for any matrix; facts that only the seed has are checked under
 * {@link #assumeSeed()}. Its levels, skills and roles are never empty (a folder without them fails every test that
 * reads it), so that a loop over them always checks something.
 */
public final class TestMatrix {

	/** The seed's skill: where it is loaded, the seed's own figures can be checked too. */
	public static final String SEED_SKILL = "vault-secrets";

	private static final Path BUNDLED = Path.of("src/main/resources/seed");

	private static final Matrix MATRIX = read();

	private static final boolean SEED_LOADED = sameFiles(folder(), BUNDLED);

	private static final List<Skill> SKILLS = MATRIX.skills()
		.stream()
		.map(Skill::new)
		.sorted(Comparator.comparing(Skill::slug))
		.toList();

	private TestMatrix() {
	}

	/** The data folder the application loads in this run. */
	public static Path folder() {
		String named = System.getProperty("skillmatrix.data");
		return (named != null && !named.isBlank()) ? Path.of(named) : BUNDLED;
	}

	/**
	 * Whether the seed is loaded, and with it the figures that SPEC section 2 states: the folder holds exactly the
	 * bundled seed's files, byte for byte, and nothing else. A folder with the seed and one more skill is another
	 * matrix.
	 */
	public static boolean seedLoaded() {
		return SEED_LOADED;
	}

	/** Skips a test of the seed's own facts when another matrix is loaded. */
	public static void assumeSeed() {
		assumeTrue(seedLoaded(), "a fact of the seed: runs only when the data folder " + folder()
				+ " holds exactly the bundled seed's files (" + BUNDLED + ")");
	}

	/**
	 * A slug that no skill, role, level or domain of the loaded matrix has, made from the data so that no matrix can
	 * hold it: for the addresses that must be unknown.
	 */
	public static String absentSlug() {
		return absentSlug("no-such-skill");
	}

	/** A slug that the loaded matrix does not have, made of a stem of one's own: the stem, or it numbered. */
	public static String absentSlug(String stem) {
		Set<String> used = new HashSet<>(levelSlugs());
		SKILLS.forEach((skill) -> {
			used.add(skill.slug());
			used.add(Slugs.of(skill.data().domain()));
			used.add(Slugs.of(skill.data().category()));
		});
		roles().forEach((role) -> used.add(Slugs.of(role)));
		String slug = stem;
		for (int n = 2; used.contains(slug); n++) {
			slug = stem + "-" + n;
		}
		return slug;
	}

	public static List<Matrix.Level> levels() {
		return MATRIX.levels();
	}

	public static List<String> levelSlugs() {
		return levels().stream().map(Matrix.Level::slug).toList();
	}

	public static List<String> levelNames() {
		return levels().stream().map(Matrix.Level::name).toList();
	}

	public static Matrix.Level level(String slug) {
		return levels().stream().filter((level) -> level.slug().equals(slug)).findFirst().orElseThrow();
	}

	/** The lowest level, where the growth path starts. */
	public static Matrix.Level first() {
		return levels().get(0);
	}

	/** The top level. */
	public static Matrix.Level last() {
		return levels().get(levels().size() - 1);
	}

	/** A level in the middle of the path, with a level below it and, from three levels on, one above. */
	public static Matrix.Level middle() {
		return levels().get(levels().size() / 2);
	}

	/** The level above, or null at the top. */
	public static Matrix.Level next(Matrix.Level level) {
		int index = levels().indexOf(level);
		return (index + 1 < levels().size()) ? levels().get(index + 1) : null;
	}

	/** The level below, or null at the lowest. */
	public static Matrix.Level previous(Matrix.Level level) {
		int index = levels().indexOf(level);
		return (index > 0) ? levels().get(index - 1) : null;
	}

	/** Every skill, by slug. */
	public static List<Skill> skills() {
		return SKILLS;
	}

	/** The skill most tests exercise: the one with the most roles, and of those the first by slug. */
	public static Skill skill() {
		return SKILLS.stream().max(Comparator.comparingInt((Skill skill) -> skill.roles().size())
			.thenComparing(Skill::slug, Comparator.reverseOrder())).orElseThrow();
	}

	public static Skill skill(String slug) {
		return SKILLS.stream().filter((skill) -> skill.slug().equals(slug)).findFirst().orElseThrow();
	}

	/** Every role of the matrix by name, as the catalogue lists them ({@link DataFiles#NAME_ORDER}). */
	public static List<String> roles() {
		return SKILLS.stream()
			.flatMap((skill) -> skill.roles().stream())
			.distinct()
			.sorted(DataFiles.NAME_ORDER)
			.toList();
	}

	/** The skills that give a role a cell. */
	public static List<Skill> skillsOf(String role) {
		return SKILLS.stream().filter((skill) -> skill.roles().contains(role)).toList();
	}

	/** The role that the most skills give a cell, of those the first by name: the one whose role-wide pages are longest. */
	public static String roleWithMostSkills() {
		return roles().stream()
			.max(Comparator.comparingInt((String role) -> skillsOf(role).size()).thenComparing(Comparator.reverseOrder()))
			.orElseThrow();
	}

	/** The skills that give a role a cell in the order of the role's pages: by domain, category and name. */
	public static List<Skill> skillsInPlaceOf(String role) {
		return skillsOf(role).stream()
			.sorted(Comparator.comparing((Skill skill) -> skill.data().domain(), DataFiles.NAME_ORDER)
				.thenComparing((skill) -> skill.data().category(), DataFiles.NAME_ORDER)
				.thenComparing(Skill::name, DataFiles.NAME_ORDER))
			.toList();
	}

	/** Arguments for a test of every skill. */
	public static Stream<String> skillSlugs() {
		return SKILLS.stream().map(Skill::slug);
	}

	/** Arguments for a test of every level of every skill: the skill's slug and the level's. */
	public static Stream<Arguments> skillLevels() {
		return SKILLS.stream()
			.flatMap((skill) -> levelSlugs().stream().map((level) -> Arguments.of(skill.slug(), level)));
	}

	/** Arguments for a test of every step up of every skill: the skill's slug and the level advanced from. */
	public static Stream<Arguments> skillSteps() {
		return SKILLS.stream()
			.flatMap((skill) -> levelSlugs().subList(0, levels().size() - 1)
				.stream()
				.map((level) -> Arguments.of(skill.slug(), level)));
	}

	/** Arguments for a test of every role of every skill: the skill's slug and the role's name. */
	public static Stream<Arguments> skillRoles() {
		return SKILLS.stream()
			.flatMap((skill) -> skill.roles().stream().map((role) -> Arguments.of(skill.slug(), role)));
	}

	/**
	 * The folder as {@link DataFiles} reads it, in the shape of the application's model so that callers can hand it
	 * to the application's writers too: levels in order, skills by slug, each skill's cells level by level in the
	 * order of its file, numbered within their level.
	 */
	private static Matrix read() {
		List<Matrix.Level> levels = DataFiles.levels()
			.stream()
			.map((level) -> new Matrix.Level(level.slug(), level.name()))
			.toList();
		if (levels.isEmpty()) {
			throw new IllegalStateException("The tests' data folder " + folder() + " has no levels");
		}
		Map<String, String> slugs = levels.stream()
			.collect(Collectors.toMap(Matrix.Level::name, Matrix.Level::slug));
		List<Matrix.Skill> skills = new ArrayList<>();
		for (DataFiles.Skill skill : DataFiles.skills()) {
			List<Matrix.Cell> cells = new ArrayList<>();
			int position = 0;
			String level = null;
			for (DataFiles.Cell cell : DataFiles.cells(skill.slug())) {
				String slug = slugs.get(cell.level());
				if (slug == null) {
					throw new IllegalStateException("The tests' data folder " + folder() + " names no level "
							+ cell.level() + " in its levels");
				}
				position = slug.equals(level) ? position + 1 : 1;
				level = slug;
				cells.add(new Matrix.Cell(cell.role(), slug, position, cell.required(), cell.description(), 0));
			}
			skills.add(new Matrix.Skill(skill.slug(), skill.name(), skill.domain(), skill.category(), skill.summary(),
					skill.lastUpdated(), cells, "", 0));
		}
		if (skills.stream().allMatch((skill) -> skill.cells().isEmpty())) {
			throw new IllegalStateException("The tests' data folder " + folder() + " has no skills with cells");
		}
		return new Matrix(levels, skills);
	}

	/** Whether two folders hold the same files, by name and bytes. */
	private static boolean sameFiles(Path folder, Path other) {
		Map<String, byte[]> files = files(folder);
		Map<String, byte[]> others = files(other);
		return files.keySet().equals(others.keySet())
				&& files.keySet().stream().allMatch((name) -> Arrays.equals(files.get(name), others.get(name)));
	}

	private static Map<String, byte[]> files(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).collect(Collectors.toMap((file) -> file.getFileName().toString(),
					(file) -> {
						try {
							return Files.readAllBytes(file);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One skill of the matrix, with the look-ups that pages are compared with. */
	public record Skill(Matrix.Skill data) {

		public String slug() {
			return this.data.slug();
		}

		public String name() {
			return this.data.name();
		}

		/** The skill's page. */
		public String path() {
			return "/skills/" + slug();
		}

		/** The rows of a level's table, in the file's order. */
		public List<Matrix.Cell> rows(String level) {
			return this.data.cells().stream().filter((cell) -> cell.level().equals(level)).toList();
		}

		/** The role's cell at a level, or null where the role is not expected there. */
		public Matrix.Cell cell(String role, String level) {
			return rows(level).stream().filter((cell) -> cell.role().equals(role)).findFirst().orElse(null);
		}

		/** The role's cells, one per level in order, null where it is not expected. */
		public List<Matrix.Cell> cellsOf(String role) {
			return levelSlugs().stream().map((level) -> cell(role, level)).toList();
		}

		/** The skill's roles as its pages list them: by name ({@link DataFiles#NAME_ORDER}). */
		public List<String> roles() {
			return this.data.cells()
				.stream()
				.map(Matrix.Cell::role)
				.distinct()
				.sorted(DataFiles.NAME_ORDER)
				.toList();
		}

		public long required() {
			return this.data.cells().stream().filter(Matrix.Cell::required).count();
		}

		public long optional() {
			return this.data.cells().size() - required();
		}

		/** The levels at which the skill has cells: its figure "levels". */
		public long levelsWithCells() {
			return this.data.cells().stream().map(Matrix.Cell::level).distinct().count();
		}

		/** A role with a cell at the most levels, of those the first by name. */
		public String mainRole() {
			// Roles come by name: the first with the most cells wins.
			String main = null;
			long most = -1;
			for (String role : roles()) {
				long cells = cellsOf(role).stream().filter(Objects::nonNull).count();
				if (cells > most) {
					main = role;
					most = cells;
				}
			}
			return main;
		}

		/**
		 * The self-check's statements of the role at a level: the items of a cell written as a list, the sentences of
		 * a cell of one line, none where it has no cell.
		 */
		public List<String> statements(String role, String level) {
			Matrix.Cell cell = cell(role, level);
			return (cell != null) ? DescriptionLines.statements(cell.description()) : List.of();
		}

		/** The ids of the role's statements at a level, "{level}-1" on. */
		public List<String> statementIds(String role, String level) {
			return IntStream.rangeClosed(1, statements(role, level).size()).mapToObj((n) -> level + "-" + n).toList();
		}

		/** The ids of every self-check statement of the role at the levels up to and including one. */
		public List<String> statementIdsUpTo(String role, Matrix.Level last) {
			return levels().subList(0, levels().indexOf(last) + 1)
				.stream()
				.flatMap((level) -> statementIds(role, level.slug()).stream())
				.toList();
		}

		/** The role's self-check page. */
		public String selfCheck(String role) {
			return path() + "/roles/" + Slugs.of(role) + "/self-check";
		}

		/** The role's self-check with statements ticked, as its form sends them: the ticks, then its empty value. */
		public String selfCheck(String role, List<String> met) {
			return selfCheck(role) + "?" + met.stream().map((id) -> "met=" + id + "&").collect(Collectors.joining())
					+ "met=";
		}

		/** Three roles, not in the order of the list, so that a page must keep the order chosen. */
		public List<String> threeRoles() {
			List<String> roles = roles();
			return List.of(roles.get(roles.size() - 1), roles.get(0), roles.get(roles.size() / 2));
		}

		/** The roles with a cell at one level or the next, as the page of what to cover to advance lists them. */
		public List<String> rolesAdvancing(String from, String to) {
			return roles().stream().filter((role) -> cell(role, from) != null || cell(role, to) != null).toList();
		}

		/** The first role by name other than the one given. */
		public String otherRole(String role) {
			return roles().stream().filter((other) -> !other.equals(role)).findFirst().orElseThrow();
		}

		/** The first role by name that is not expected at some level, if any is. */
		public Optional<String> roleAbsentSomewhere() {
			return roles().stream().filter((role) -> cellsOf(role).contains(null)).findFirst();
		}

		/** The first level at which the role's cell is required, or null where it never is. */
		public Matrix.Level requiredFrom(String role) {
			return levels().stream()
				.filter((level) -> {
					Matrix.Cell cell = cell(role, level.slug());
					return cell != null && cell.required();
				})
				.findFirst()
				.orElse(null);
		}

		/**
		 * Roles in the order of the compare page's picker, which a form submits them in: grouped by the level from
		 * which the skill is required of them, the roles for which it never is last, each group by name.
		 */
		public List<String> inPickerOrder(List<String> roles) {
			return roles.stream().sorted(Comparator.comparingInt((String role) -> {
				Matrix.Level from = requiredFrom(role);
				return (from != null) ? levels().indexOf(from) : levels().size();
			}).thenComparing(DataFiles.NAME_ORDER)).toList();
		}

	}

}
