package com.skillmatrix.compare;

import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.system.PageException;

/**
 * The roles a comparison asks for, read from the repeated {@code roles} parameter: the valid ones in the order
 * given, and every problem with the rest, so that a bad choice can be shown with what was right in it.
 */
record RoleChoice(List<Role> roles, List<Problem> problems) {

	static final int MIN = 2;

	static final int MAX = 6;

	static RoleChoice of(SkillProfile profile, List<String> values) {
		List<Role> roles = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (String value : values) {
			if (value.isEmpty()) {
				problems.add(new Problem("compare.problem.empty"));
				continue;
			}
			profile.role(value).ifPresentOrElse((role) -> {
				if (roles.contains(role)) {
					problems.add(new Problem("compare.problem.repeated", role.name()));
				}
				else {
					roles.add(role);
				}
			}, () -> problems
				.add(new Problem("compare.problem.unknown", PageException.quote(value), profile.skill().name())));
		}
		if (values.size() < MIN) {
			problems.add(new Problem("compare.problem.tooFew", MIN, values.size()));
		}
		else if (values.size() > MAX) {
			problems.add(new Problem("compare.problem.tooMany", MAX, values.size()));
		}
		return new RoleChoice(List.copyOf(roles), List.copyOf(problems));
	}

	public boolean valid() {
		return this.problems.isEmpty();
	}

	/** The valid part of a bad choice, when it is itself a comparison that can be shown. */
	public boolean validPartComparable() {
		return this.roles.size() >= MIN && this.roles.size() <= MAX;
	}

	/** What is wrong, as a message code and its arguments. */
	record Problem(String code, Object... arguments) {
	}

}
