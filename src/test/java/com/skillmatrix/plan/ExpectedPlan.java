package com.skillmatrix.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.TestMatrix;
import com.skillmatrix.loading.Matrix;

/**
 * The plan's rule written again from SPEC section 3, on the data folder as {@link TestMatrix} reads it: what the page
 * and its JSON must answer, worked out without the application's code.
 *
 * @param levelMet the highest level met in full, or null
 * @param nextLevel the level above it (the lowest where none is met), or null at the top
 * @param open the role's cells at the next level or below that the picks do not reach, Required first
 * @param requiredSkills the skills with a Required cell at the next level or below
 * @param requiredSkillsMet those whose pick reaches every such cell
 */
record ExpectedPlan(Matrix.Level levelMet, Matrix.Level nextLevel, List<OpenCell> open, long requiredSkills,
		long requiredSkillsMet) {

	static final String NONE = "none";

	/**
	 * "A role's level L is met in full when, in every skill, the level picked is at least every level K ≤ L at which
	 * the role's cell in that skill is Required."
	 *
	 * @param answers a level's slug or "none" for each skill answered; a skill without one has nothing picked
	 */
	static ExpectedPlan of(String role, Map<String, String> answers) {
		List<Matrix.Level> levels = TestMatrix.levels();
		List<TestMatrix.Skill> skills = TestMatrix.skillsInPlaceOf(role);
		Matrix.Level levelMet = null;
		for (int l = 0; l < levels.size(); l++) {
			boolean met = true;
			for (TestMatrix.Skill skill : skills) {
				for (int k = 0; k <= l; k++) {
					Matrix.Cell cell = skill.cell(role, levels.get(k).slug());
					if (cell != null && cell.required() && picked(answers, skill) < k) {
						met = false;
					}
				}
			}
			if (met) {
				levelMet = levels.get(l);
			}
		}
		int next = (levelMet == null) ? 0 : levels.indexOf(levelMet) + 1;
		Matrix.Level nextLevel = (next < levels.size()) ? levels.get(next) : null;
		List<OpenCell> required = new ArrayList<>();
		List<OpenCell> optional = new ArrayList<>();
		long requiredSkills = 0;
		long requiredSkillsMet = 0;
		if (nextLevel != null) {
			for (TestMatrix.Skill skill : skills) {
				boolean hasRequired = false;
				boolean reachesAll = true;
				for (int k = 0; k <= next; k++) {
					Matrix.Cell cell = skill.cell(role, levels.get(k).slug());
					if (cell == null) {
						continue;
					}
					boolean reached = picked(answers, skill) >= k;
					if (cell.required()) {
						hasRequired = true;
						reachesAll &= reached;
					}
					if (!reached) {
						(cell.required() ? required : optional).add(new OpenCell(skill, levels.get(k), cell));
					}
				}
				if (hasRequired) {
					requiredSkills++;
					requiredSkillsMet += reachesAll ? 1 : 0;
				}
			}
		}
		List<OpenCell> open = new ArrayList<>(required);
		open.addAll(optional);
		return new ExpectedPlan(levelMet, nextLevel, List.copyOf(open), requiredSkills, requiredSkillsMet);
	}

	/** The place among the levels of the level picked for a skill, -1 for "none" or no answer. */
	static int picked(Map<String, String> answers, TestMatrix.Skill skill) {
		String answer = answers.get(skill.slug());
		return (answer == null || answer.equals(NONE)) ? -1 : TestMatrix.levelSlugs().indexOf(answer);
	}

	/** The highest level at or below the next at which a skill's cell is Required, or null. */
	Matrix.Level needed(String role, TestMatrix.Skill skill) {
		Matrix.Level needed = null;
		if (this.nextLevel != null) {
			for (Matrix.Level level : TestMatrix.levels().subList(0, TestMatrix.levels().indexOf(this.nextLevel) + 1)) {
				Matrix.Cell cell = skill.cell(role, level.slug());
				if (cell != null && cell.required()) {
					needed = level;
				}
			}
		}
		return needed;
	}

	/** The answers as the JSON gives them: a level's slug for each skill, null for "none" and for no answer. */
	static Map<String, String> json(String role, Map<String, String> answers) {
		Map<String, String> json = new LinkedHashMap<>();
		for (TestMatrix.Skill skill : TestMatrix.skillsInPlaceOf(role)) {
			String answer = answers.get(skill.slug());
			json.put(skill.slug(), (answer == null || answer.equals(NONE)) ? null : answer);
		}
		return json;
	}

	/** A cell still open: its skill, its level and the cell. */
	record OpenCell(TestMatrix.Skill skill, Matrix.Level level, Matrix.Cell cell) {
	}

}
