package com.skillmatrix.loading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.skillmatrix.matrix.Change;
import com.skillmatrix.matrix.Change.Field;
import com.skillmatrix.matrix.Change.Kind;

/**
 * What an import changes: the difference between the matrix the database holds and the one the data folder states,
 * skill by skill and cell by cell, with the change log's lines. Skills whose data is the same are left out, so that
 * an import rewrites nothing it need not.
 */
public record MatrixDiff(List<SkillDiff> skills, List<Change> changes) {

	public static MatrixDiff of(Matrix stored, Matrix target) {
		LevelChanges levels = new LevelChanges(stored.levels(), target.levels());
		Map<String, Matrix.Skill> before = bySlug(stored);
		Map<String, Matrix.Skill> after = bySlug(target);
		List<SkillDiff> skills = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		for (Matrix.Skill skill : target.skills()) {
			SkillDiff diff = SkillDiff.of(before.get(skill.slug()), skill);
			if (diff.changed()) {
				skills.add(diff);
			}
			if (diff.before() != null) {
				// A role or level renamed under the same slug, or a level moved, changes no cell, yet each skill that
				// has it logs it.
				changes.addAll(diff.renamesAndMoves(levels));
			}
			if (diff.changed()) {
				changes.addAll(diff.log(levels));
			}
		}
		for (Matrix.Skill skill : stored.skills()) {
			if (!after.containsKey(skill.slug())) {
				SkillDiff diff = SkillDiff.of(skill, null);
				skills.add(diff);
				changes.addAll(diff.log(levels));
			}
		}
		return new MatrixDiff(List.copyOf(skills), List.copyOf(changes));
	}

	public boolean empty() {
		return this.skills.isEmpty();
	}

	private static Map<String, Matrix.Skill> bySlug(Matrix matrix) {
		return matrix.skills()
			.stream()
			.collect(Collectors.toMap(Matrix.Skill::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * One skill's difference.
	 *
	 * @param before the skill as stored, or null for a new one
	 * @param after the skill as stated, or null for one that goes
	 * @param added cells that are new
	 * @param removed cells that go
	 * @param updated the new state of cells whose flag, text or place changed
	 */
	public record SkillDiff(Matrix.Skill before, Matrix.Skill after, List<Matrix.Cell> added,
			List<Matrix.Cell> removed, List<CellChange> updated) {

		static SkillDiff of(Matrix.Skill before, Matrix.Skill after) {
			Map<String, Matrix.Cell> old = cells(before);
			Map<String, Matrix.Cell> now = cells(after);
			List<Matrix.Cell> added = new ArrayList<>();
			List<CellChange> updated = new ArrayList<>();
			now.forEach((key, cell) -> {
				Matrix.Cell was = old.get(key);
				if (was == null) {
					added.add(cell);
				}
				else if (was.required() != cell.required() || !was.description().equals(cell.description())
						|| was.position() != cell.position()) {
					updated.add(new CellChange(was, cell));
				}
			});
			List<Matrix.Cell> removed = old.entrySet()
				.stream()
				.filter((entry) -> !now.containsKey(entry.getKey()))
				.map(Map.Entry::getValue)
				.toList();
			return new SkillDiff(before, after, List.copyOf(added), removed, List.copyOf(updated));
		}

		private static Map<String, Matrix.Cell> cells(Matrix.Skill skill) {
			Map<String, Matrix.Cell> cells = new LinkedHashMap<>();
			if (skill != null) {
				skill.cells().forEach((cell) -> cells.put(cell.key(), cell));
			}
			return cells;
		}

		public boolean changed() {
			return this.before == null || this.after == null || !this.before.sameHeader(this.after)
					|| !this.before.slug().equals(this.after.slug()) || !this.added.isEmpty()
					|| !this.removed.isEmpty() || !this.updated.isEmpty();
		}

		/**
		 * The change log's lines; a new or removed skill is one line, not one per cell, and a role or level renamed so
		 * that its slug changed is one line, not its cells removed and added.
		 */
		List<Change> log(LevelChanges levels) {
			if (this.before == null) {
				return List.of(ofSkill(this.after, Kind.SKILL_ADDED));
			}
			if (this.after == null) {
				return List.of(ofSkill(this.before, Kind.SKILL_REMOVED));
			}
			List<Change> log = new ArrayList<>();
			field(log, Field.NAME, Matrix.Skill::name);
			field(log, Field.DOMAIN, Matrix.Skill::domain);
			field(log, Field.CATEGORY, Matrix.Skill::category);
			field(log, Field.SUMMARY, Matrix.Skill::summary);
			field(log, Field.LAST_UPDATED, Matrix.Skill::lastUpdated);
			Map<String, String> roles = renamedRoles(levels);
			roles.forEach((from, to) -> log.add(ofRole(this.after, roleName(this.before, from),
					roleName(this.after, to), to)));
			Map<String, String> renamedLevels = renamedLevels(levels, roles);
			renamedLevels.forEach((from, to) -> log.add(ofLevel(this.after, Kind.LEVEL_RENAMED, levels.level(to),
					levels.stored(from).name(), levels.level(to).name())));
			for (Matrix.Cell cell : this.added) {
				if (!roles.containsValue(cell.roleSlug()) && !renamedLevels.containsValue(cell.level())) {
					log.add(ofCell(this.after, Kind.CELL_ADDED, cell, levels.level(cell.level()), null,
							cell.description()));
				}
			}
			for (Matrix.Cell cell : this.removed) {
				if (!roles.containsKey(cell.roleSlug()) && !renamedLevels.containsKey(cell.level())) {
					log.add(ofCell(this.after, Kind.CELL_REMOVED, cell, levels.level(cell.level()),
							cell.description(), null));
				}
			}
			for (CellChange change : this.updated) {
				Matrix.Cell was = change.before();
				Matrix.Cell now = change.after();
				Matrix.Level level = levels.level(now.level());
				if (!was.description().equals(now.description())) {
					log.add(ofCell(this.after, Kind.CELL_REWORDED, now, level, was.description(),
							now.description()));
				}
				if (was.required() != now.required()) {
					log.add(ofCell(this.after, now.required() ? Kind.CELL_REQUIRED : Kind.CELL_OPTIONAL,
							now, level, null, null));
				}
			}
			return log;
		}

		/**
		 * Roles and levels whose name changed but not their slug, and levels moved, in the cells this skill keeps: one
		 * line each, as the skill's cells now show the new name and order.
		 */
		List<Change> renamesAndMoves(LevelChanges levels) {
			Map<String, String> was = new LinkedHashMap<>();
			this.before.cells().forEach((cell) -> was.putIfAbsent(cell.roleSlug(), cell.role()));
			Map<String, String> now = new LinkedHashMap<>();
			this.after.cells().forEach((cell) -> now.putIfAbsent(cell.roleSlug(), cell.role()));
			List<Change> log = new ArrayList<>();
			now.forEach((slug, name) -> {
				String old = was.get(slug);
				if (old != null && !old.equals(name)) {
					log.add(ofRole(this.after, old, name, slug));
				}
			});
			List<String> kept = this.after.cells()
				.stream()
				.map(Matrix.Cell::level)
				.filter((slug) -> this.before.cells().stream().anyMatch((cell) -> cell.level().equals(slug)))
				.distinct()
				.toList();
			for (String slug : kept) {
				Matrix.Level old = levels.stored(slug);
				Matrix.Level level = levels.level(slug);
				if (old != null && !old.name().equals(level.name())) {
					log.add(ofLevel(this.after, Kind.LEVEL_RENAMED, level, old.name(), level.name()));
				}
			}
			for (String slug : levels.moved()) {
				if (kept.contains(slug)) {
					log.add(ofLevel(this.after, Kind.LEVEL_MOVED, levels.level(slug),
							Integer.toString(levels.rankBefore(slug)), Integer.toString(levels.rankAfter(slug))));
				}
			}
			return log;
		}

		/**
		 * Roles renamed so that their slug changed, by old slug to new: a role whose cells all went and another,
		 * new to the skill, whose cells have the same levels, flags and descriptions, each matching only the other.
		 * A level renamed in the same import counts as the same level. The cells are still removed and added; the log
		 * says what happened.
		 */
		Map<String, String> renamedRoles(LevelChanges levels) {
			Map<String, Map<String, List<Object>>> gone = cellsByRole(this.removed, levels);
			Map<String, Map<String, List<Object>>> come = cellsByRole(this.added, levels);
			this.after.cells().forEach((cell) -> gone.remove(cell.roleSlug()));
			this.before.cells().forEach((cell) -> come.remove(cell.roleSlug()));
			Map<String, String> renamed = new LinkedHashMap<>();
			gone.forEach((from, cells) -> {
				List<String> matches = come.entrySet()
					.stream()
					.filter((entry) -> entry.getValue().equals(cells))
					.map(Map.Entry::getKey)
					.toList();
				if (matches.size() == 1 && gone.values().stream().filter(cells::equals).count() == 1) {
					renamed.put(from, matches.get(0));
				}
			});
			return renamed;
		}

		/**
		 * Levels renamed so that their slug changed, by old slug to new: a level whose slug went and another that
		 * came at the same rank, whose cells in this skill are the same roles (a role renamed in the same import
		 * counts as the same role) with the same flags and descriptions. The cells are still removed and added.
		 */
		Map<String, String> renamedLevels(LevelChanges levels, Map<String, String> roles) {
			Map<String, String> renamed = new LinkedHashMap<>();
			levels.renamed().forEach((from, to) -> {
				Map<String, List<Object>> gone = cellsByRole(this.removed, from, roles);
				if (!gone.isEmpty() && gone.equals(cellsByRole(this.added, to, Map.of()))) {
					renamed.put(from, to);
				}
			});
			return renamed;
		}

		/** Each role's cells by the level's slug now. */
		private static Map<String, Map<String, List<Object>>> cellsByRole(List<Matrix.Cell> cells,
				LevelChanges levels) {
			Map<String, Map<String, List<Object>>> roles = new LinkedHashMap<>();
			cells.forEach((cell) -> roles.computeIfAbsent(cell.roleSlug(), (slug) -> new LinkedHashMap<>())
				.put(levels.now(cell.level()), List.of(cell.required(), cell.description())));
			return roles;
		}

		/** The cells at one level by the role's slug now. */
		private static Map<String, List<Object>> cellsByRole(List<Matrix.Cell> cells, String level,
				Map<String, String> roles) {
			Map<String, List<Object>> byRole = new LinkedHashMap<>();
			cells.stream()
				.filter((cell) -> cell.level().equals(level))
				.forEach((cell) -> byRole.put(roles.getOrDefault(cell.roleSlug(), cell.roleSlug()),
						List.of(cell.required(), cell.description())));
			return byRole;
		}

		private static String roleName(Matrix.Skill skill, String slug) {
			return skill.cells()
				.stream()
				.filter((cell) -> cell.roleSlug().equals(slug))
				.map(Matrix.Cell::role)
				.findFirst()
				.orElse(slug);
		}

		private void field(List<Change> log, Field field, Function<Matrix.Skill, Object> value) {
			Object was = value.apply(this.before);
			Object now = value.apply(this.after);
			if (!Objects.equals(was, now)) {
				log.add(ofField(this.after, field, was, now));
			}
		}

	}

	private static Change ofSkill(Matrix.Skill skill, Kind kind) {
		return new Change(skill.slug(), skill.name(), kind, null, null, null, null, null, null, null);
	}

	private static Change ofRole(Matrix.Skill skill, String before, String after, String slug) {
		return new Change(skill.slug(), skill.name(), Kind.ROLE_RENAMED, null, after, slug, null, null, before, after);
	}

	private static Change ofLevel(Matrix.Skill skill, Kind kind, Matrix.Level level, String before, String after) {
		return new Change(skill.slug(), skill.name(), kind, null, null, null, level.name(), level.slug(), before, after);
	}

	private static Change ofField(Matrix.Skill skill, Field field, Object before, Object after) {
		return new Change(skill.slug(), skill.name(), Kind.FIELD, field, null, null, null, null,
				String.valueOf(before), String.valueOf(after));
	}

	private static Change ofCell(Matrix.Skill skill, Kind kind, Matrix.Cell cell, Matrix.Level level, String before,
			String after) {
		return new Change(skill.slug(), skill.name(), kind, null, cell.role(), cell.roleSlug(), level.name(),
				level.slug(), before, after);
	}

	/** A cell that stays, before and after. */
	public record CellChange(Matrix.Cell before, Matrix.Cell after) {
	}

}
