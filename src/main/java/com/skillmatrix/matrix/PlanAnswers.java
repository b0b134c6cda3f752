package com.skillmatrix.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answers a plan's address gives: none yet (the blank form), one parameter a skill as the form sends them (the
 * long form, {@code ?{skill}={level}}), or the compact value of {@link PlanAddress} that the long form is sent on to.
 *
 * @param answers a level's slug or {@link PlanAddress#NONE} for each skill answered, in the role's order
 * @param compact whether they came in the compact value, so that the page shows them, rather than in the long form,
 * which is answered with the compact address
 * @param reading what the compact value held for the role as it is now, or null for the long form
 */
public record PlanAnswers(Map<String, String> answers, boolean compact, PlanAddress.Reading reading) {

	/**
	 * The answers of an address's parameters (the interface language's taken out).
	 *
	 * @throws Mistake where a parameter is not a skill of the role, a value is not a level, the compact value cannot
	 * be read, or the two forms are mixed
	 */
	public static PlanAnswers of(RoleProfile profile, Map<String, List<String>> parameters) {
		List<String> skills = skills(profile);
		List<String> levels = levels(profile);
		String role = profile.role().name();
		if (parameters.containsKey(PlanAddress.PARAMETER)) {
			List<String> values = parameters.get(PlanAddress.PARAMETER);
			if (values.size() > 1) {
				throw new Mistake("plan.address.repeated", PlanAddress.PARAMETER);
			}
			for (String parameter : parameters.keySet()) {
				if (!parameter.equals(PlanAddress.PARAMETER)) {
					throw new Mistake("plan.mixed", parameter, PlanAddress.PARAMETER);
				}
			}
			try {
				PlanAddress.Reading reading = PlanAddress.decode(values.get(0), skills, levels);
				return new PlanAnswers(reading.answers(), true, reading);
			}
			catch (PlanAddress.Damaged ex) {
				throw new Mistake("plan.address." + ex.damage().name().toLowerCase(Locale.ROOT),
						PlanAddress.PARAMETER, role);
			}
		}
		String choices = String.join(", ", levels) + ", " + PlanAddress.NONE;
		Map<String, String> given = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			String skill = parameter.getKey();
			if (!skills.contains(skill)) {
				throw skills.isEmpty() ? new Mistake("plan.skill.none", skill, role)
						: new Mistake("plan.skill.unknown", skill, role, skills.get(0));
			}
			if (parameter.getValue().size() > 1) {
				throw new Mistake("plan.skill.repeated", skill);
			}
			String level = parameter.getValue().get(0);
			if (level.isEmpty()) {
				throw new Mistake("plan.level.missing", skill, choices);
			}
			if (!level.equals(PlanAddress.NONE) && !levels.contains(level)) {
				throw new Mistake("plan.level.unknown", level, skill, choices);
			}
		}
		// In the role's order, whatever the order of the parameters.
		for (String skill : skills) {
			if (parameters.containsKey(skill)) {
				given.put(skill, parameters.get(skill).get(0));
			}
		}
		return new PlanAnswers(given, false, null);
	}

	/** The role's skills' slugs, in the profile's order: what the compact value names. */
	public static List<String> skills(RoleProfile profile) {
		return profile.skills().stream().map(RoleProfile.SkillCells::slug).toList();
	}

	/** Every level's slug, lowest first. */
	public static List<String> levels(RoleProfile profile) {
		return profile.levels().stream().map((level) -> level.level().slug()).toList();
	}

	/** Whether the address gave no answers at all: the blank form. */
	public boolean blank() {
		return !this.compact && this.answers.isEmpty();
	}

	/** The compact value that holds these answers for the role as it is now. */
	public String address(RoleProfile profile) {
		return PlanAddress.encode(skills(profile), levels(profile), this.answers);
	}

	/** What is wrong with an address, as a message code and its arguments. */
	public static final class Mistake extends RuntimeException {

		private final String code;

		private final transient Object[] arguments;

		Mistake(String code, Object... arguments) {
			super(code, null, false, false);
			this.code = code;
			this.arguments = arguments;
		}

		public String code() {
			return this.code;
		}

		public Object[] arguments() {
			return this.arguments.clone();
		}

	}

}
