package com.skillmatrix.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Plan;
import com.skillmatrix.matrix.PlanAddress;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A role's growth plan for the answers given, as its page shows it: the level met in full, the next one, every
 * skill's answer and the cells still open for the next level, Required first. Skills, roles and levels by slug.
 *
 * @param levelMet the highest level met in full, or null
 * @param nextLevel the level above it, or null where the top is met
 * @param answers every skill of the role with the level answered, null for "not yet" and for no answer
 */
record PlanResource(String role, @Schema(types = { "string", "null" }) String levelMet,
		@Schema(types = { "string", "null" }) String nextLevel,
		@Schema(description = "Every skill of the role by slug, with the level answered: a level's slug, or null for "
				+ "\"not yet\" and for no answer.") Map<String, String> answers,
		List<OpenCell> open) {

	static PlanResource of(String role, Plan plan) {
		Map<String, String> answers = new LinkedHashMap<>();
		plan.skills()
			.forEach((skill) -> answers.put(skill.skill().slug(),
					PlanAddress.NONE.equals(skill.answer()) ? null : skill.answer()));
		return new PlanResource(role, slug(plan.levelMet()), slug(plan.nextLevel()), answers, plan.open()
			.stream()
			.map((open) -> new OpenCell(open.skill().slug(), open.cell().level().slug(), open.cell().required()))
			.toList());
	}

	private static String slug(Level level) {
		return (level != null) ? level.slug() : null;
	}

	/** A cell of the role still open for the next level: its skill, its level and whether it is Required. */
	record OpenCell(String skill, String level, boolean required) {
	}

}
