package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.RoleProfile.SkillCells;

/**
 * A growth plan: for every skill of a role, the highest level the engineer meets, and what follows from it.
 * <p>
 * The rule: a level L of the role is met in full when, in every skill, the level picked is at least every level K up
 * to L at which the role's cell is Required. The level met is the highest such level, none where not even the lowest
 * is; the next level is the one above it (the lowest where none is met, none at the top). What is open are the role's
 * cells at the next level or below it that the picks do not reach, Required first. An Optional cell never holds a
 * level back, and a skill without an answer counts as met at no level.
 *
 * @param levels every level, lowest first
 * @param levelMet the highest level met in full, or null
 * @param nextLevel the level above it, or null where the top is met
 * @param skills every skill of the role in the profile's order, with its answer
 * @param open the cells still open for the next level: the Required ones first, then by skill and level
 */
public record Plan(List<Level> levels, Level levelMet, Level nextLevel, List<SkillAnswer> skills, List<Open> open) {

	/**
	 * The plan of the answers given.
	 *
	 * @param answers a level's slug or {@link PlanAddress#NONE} for each skill answered
	 */
	public static Plan of(RoleProfile profile, Map<String, String> answers) {
		List<Level> levels = profile.levels().stream().map(RoleProfile.LevelCells::level).toList();
		List<SkillCells> skills = profile.skills();
		int[] picked = new int[skills.size()];
		int met = levels.size();
		for (int s = 0; s < skills.size(); s++) {
			picked[s] = indexOf(levels, answers.get(skills.get(s).slug()));
			met = Math.min(met, firstBlocked(skills.get(s).cells(), picked[s]));
		}
		Level next = (met < levels.size()) ? levels.get(met) : null;
		// The next level and every level below it, where open cells may be; none at the top.
		int upTo = (next != null) ? met : -1;
		List<SkillAnswer> rows = new ArrayList<>();
		List<Open> open = new ArrayList<>();
		for (int s = 0; s < skills.size(); s++) {
			SkillCells skill = skills.get(s);
			int needed = -1;
			List<Cell> openCells = new ArrayList<>();
			for (int k = 0; k <= upTo; k++) {
				Cell cell = skill.cells().get(k);
				if (cell != null && cell.required()) {
					needed = k;
				}
				if (cell != null && picked[s] < k) {
					openCells.add(cell);
					open.add(new Open(skill.skill(), cell, (k > 0) ? levels.get(k - 1) : null));
				}
			}
			rows.add(new SkillAnswer(skill, answers.get(skill.slug()), picked[s],
					(needed >= 0) ? levels.get(needed) : null, needed, List.copyOf(openCells)));
		}
		open.sort(Comparator.comparing((Open cell) -> !cell.cell().required()));
		return new Plan(levels, (met > 0) ? levels.get(met - 1) : null, next, List.copyOf(rows), List.copyOf(open));
	}

	/** The lowest level that a skill's Required cell above the level picked holds back, or past the top for none. */
	private static int firstBlocked(List<Cell> cells, int picked) {
		for (int k = picked + 1; k < cells.size(); k++) {
			if (cells.get(k) != null && cells.get(k).required()) {
				return k;
			}
		}
		return cells.size();
	}

	private static int indexOf(List<Level> levels, String slug) {
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i).slug().equals(slug)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether the top level is met in full: there is no next level. */
	public boolean top() {
		return this.nextLevel == null;
	}

	/** The skills with a Required cell at the next level or below it. */
	public long requiredSkills() {
		return this.skills.stream().filter((skill) -> skill.needed() != null).count();
	}

	/** Of those, the skills whose answer reaches every such cell. */
	public long requiredSkillsMet() {
		return this.skills.stream().filter((skill) -> skill.needed() != null && skill.meetsNext()).count();
	}

	/** The skills without an answer. */
	public List<SkillAnswer> unanswered() {
		return this.skills.stream().filter((skill) -> skill.answer() == null).toList();
	}

	/** The open cells that are Required, or those that are Optional. */
	public List<Open> open(boolean required) {
		return this.open.stream().filter((cell) -> cell.cell().required() == required).toList();
	}

	/**
	 * A skill with its answer.
	 *
	 * @param answer the level's slug, {@link PlanAddress#NONE}, or null where the skill has no answer
	 * @param picked the level picked as its place among the levels, -1 for none
	 * @param needed the highest level up to the next at which the role's cell is Required, or null for none
	 * @param neededIndex its place among the levels, -1 for none
	 * @param open the skill's cells still open for the next level, lowest first
	 */
	public record SkillAnswer(SkillCells skill, String answer, int picked, Level needed, int neededIndex,
			List<Cell> open) {

		/** Whether the answer reaches every Required cell up to the next level. */
		public boolean meetsNext() {
			return this.picked >= this.neededIndex;
		}

		/** Whether the level picked is at least the level at a place among the levels. */
		public boolean reaches(int level) {
			return this.picked >= level;
		}

	}

	/**
	 * A cell still open for the next level.
	 *
	 * @param from the level below the cell's, from which a skill's advance page shows the step into it; null at the
	 * lowest level
	 */
	public record Open(Skill skill, Cell cell, Level from) {
	}

}
