package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The roles a comparison asks for, read from the repeated {@code roles} parameter: the valid ones in the order
 * given, and every mistake in the rest, so that a bad choice can be shown with what was right in it. Which roles
 * there are to choose from is the caller's: a skill's roles, or every role of the matrix.
 */
public record RoleChoice(List<Role> roles, List<Mistake> mistakes) {

	public static final int MIN = 2;

	public static final int MAX = 6;

	/**
	 * @param find the role a slug names among those to choose from, if any
	 * @param unknown the mistake of a value that names none of them
	 */
	public static RoleChoice of(List<String> values, Function<String, Optional<Role>> find,
			Function<String, Mistake> unknown) {
		List<Role> roles = new ArrayList<>();
		List<Mistake> mistakes = new ArrayList<>();
		for (String value : values) {
			if (value.isEmpty()) {
				mistakes.add(new Mistake("compare.problem.empty"));
				continue;
			}
			find.apply(value).ifPresentOrElse((role) -> {
				if (roles.contains(role)) {
					mistakes.add(new Mistake("compare.problem.repeated", role.name()));
				}
				else {
					roles.add(role);
				}
			}, () -> mistakes.add(unknown.apply(value)));
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
	public record Mistake(String code, Object... arguments) {
	}

}
