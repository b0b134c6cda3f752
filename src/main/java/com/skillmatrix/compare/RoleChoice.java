package com.skillmatrix.compare;

import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.system.PageException;

/**
 * The roles a comparison asks for, read from the repeated {@code roles} parameter: the valid ones in the order
 * given, and every mistake in the rest, so that a bad choice can be shown with what was right in it.
 */
record RoleChoice(List<Role> roles, List<Mistake> mistakes) {

	static final int MIN = 2;

	static final int MAX = 6;

	static RoleChoice of(SkillProfile profile, List<String> values) {
		List<Role> roles = new ArrayList<>();
		List<Mistake> mistakes = new ArrayList<>();
		for (String value : values) {
			if (value.isEmpty()) {
				mistakes.add(new Mistake("compare.problem.empty"));
				continue;
			}
			profile.role(value).ifPresentOrElse((role) -> {
				if (roles.contains(role)) {
					mistakes.add(new Mistake("compare.problem.repeated", role.name()));
				}
				else {
					roles.add(role);
				}
			}, () -> mistakes
				.add(new Mistake("compare.problem.unknown", PageException.quote(value), profile.skill().name())));
		}
		if (values.size() < MIN) {
			mistakes.add(new Mistake("compare.problem.tooFew", MIN, values.size()));
		}
		else if (values.size() > MAX) {
			mistakes.add(new Mistake("compare.problem.tooMany", MAX, values.size()));
		}
		return new RoleChoice(List.copyOf(roles), List.copyOf(mistakes));
	}

	public boolean valid() {
		return this.mistakes.isEmpty();
	}

	/** The valid part of a bad choice, when it is itself a comparison that can be shown. */
	public boolean validPartComparable() {
		return this.roles.size() >= MIN && this.roles.size() <= MAX;
	}

	/** What is wrong, as a message code and its arguments. */
	record Mistake(String code, Object... arguments) {
	}

}
