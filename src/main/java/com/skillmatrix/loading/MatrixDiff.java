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
		Map<String, Matrix.Level> levels = new LinkedHashMap<>();
		stored.levels().forEach((level) -> levels.put(level.slug(), level));
		Map<String, Matrix.Level> storedLevels = Map.copyOf(levels);
		target.levels().forEach((level) -> levels.put(level.slug(), level));
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
				// A role or level renamed under the same slug changes no cell, yet each skill that has it logs it.
				changes.addAll(diff.renames(storedLevels, levels));
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

		/** The change log's lines; a new or removed skill is one line, not one per cell. */
		List<Change> log(Map<String, Matrix.Level> levels) {
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
			Map<String, String> renamed = renamedRoles();
			renamed.forEach((from, to) -> log.add(ofRole(this.after, roleName(this.before, from),
					roleName(this.after, to), to)));
			for (Matrix.Cell cell : this.added) {
				if (!renamed.containsValue(cell.roleSlug())) {
					log.add(ofCell(this.after, Kind.CELL_ADDED, cell, levels.get(cell.level()), null,
							cell.description()));
				}
			}
			for (Matrix.Cell cell : this.removed) {
				if (!renamed.containsKey(cell.roleSlug())) {
					log.add(ofCell(this.after, Kind.CELL_REMOVED, cell, levels.get(cell.level()),
							cell.description(), null));
				}
			}
			for (CellChange change : this.updated) {
				Matrix.Cell was = change.before();
				Matrix.Cell now = change.after();
				Matrix.Level level = levels.get(now.level());
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
		 * Roles and levels whose name changed but not their slug, in the cells this skill keeps: one line each, as
		 * the skill's cells now show the new name.
		 */
		List<Change> renames(Map<String, Matrix.Level> stored, Map<String, Matrix.Level> levels) {
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
				Matrix.Level old = stored.get(slug);
				Matrix.Level level = levels.get(slug);
				if (old != null && level != null && !old.name().equals(level.name())) {
					log.add(new Change(this.after.slug(), this.after.name(), Kind.LEVEL_RENAMED, null, null, null,
							level.name(), slug, old.name(), level.name()));
				}
			}
			return log;
		}

		/**
		 * Roles renamed so that their slug changed, by old slug to new: a role whose cells all went and another,
		 * new to the skill, whose cells have the same levels, flags and descriptions, each matching only the other.
		 * The cells are still removed and added; the log says what happened.
		 */
		Map<String, String> renamedRoles() {
			Map<String, Map<String, List<Object>>> gone = cellsByRole(this.removed);
			Map<String, Map<String, List<Object>>> come = cellsByRole(this.added);
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

		private static Map<String, Map<String, List<Object>>> cellsByRole(List<Matrix.Cell> cells) {
			Map<String, Map<String, List<Object>>> roles = new LinkedHashMap<>();
			cells.forEach((cell) -> roles.computeIfAbsent(cell.roleSlug(), (slug) -> new LinkedHashMap<>())
				.put(cell.level(), List.of(cell.required(), cell.description())));
			return roles;
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
