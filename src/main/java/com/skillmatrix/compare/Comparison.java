package com.skillmatrix.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile;

/**
 * Roles side by side: one column per role, one row per level.
 *
 * @param rows the levels shown, each with one cell per role (null where the role is not expected)
 * @param requiredOnly whether optional expectations are hidden
 * @param hidden how many optional expectations are hidden
 */
record Comparison(List<Role> roles, List<Row> rows, boolean requiredOnly, long hidden) {

	static Comparison of(SkillProfile profile, List<Role> roles, Level onlyLevel, boolean requiredOnly) {
		List<Row> rows = profile.levels()
			.stream()
			.filter((level) -> onlyLevel == null || level.equals(onlyLevel))
			.map((level) -> new Row(level, roles.stream().map((role) -> profile.cell(role, level).orElse(null)).toList()))
			.toList();
		long hidden = requiredOnly ? rows.stream()
			.flatMap((row) -> row.cells().stream())
			.filter(Objects::nonNull)
			.filter((cell) -> !cell.required())
			.count() : 0;
		return new Comparison(roles, rows, requiredOnly, hidden);
	}

	record Row(Level level, List<Cell> cells) {
	}

	/**
	 * The picker's groups: roles by the level from which the skill is required for them, then the roles for which
	 * it never is. A manager sees at once who must know the skill, and from when.
	 *
	 * @param requiredFrom the first level at which the roles' cells are required, or null for never
	 */
	record Group(Level requiredFrom, List<Role> roles) {

		static List<Group> of(SkillProfile profile) {
			Map<Level, List<Role>> groups = new LinkedHashMap<>();
			profile.levels().forEach((level) -> groups.put(level, new ArrayList<>()));
			List<Role> never = new ArrayList<>();
			for (Role role : profile.roles()) {
				profile.levels()
					.stream()
					.filter((level) -> profile.cell(role, level).map(Cell::required).orElse(false))
					.findFirst()
					.ifPresentOrElse((level) -> groups.get(level).add(role), () -> never.add(role));
			}
			List<Group> result = new ArrayList<>();
			groups.forEach((level, roles) -> {
				if (!roles.isEmpty()) {
					result.add(new Group(level, List.copyOf(roles)));
				}
			});
			if (!never.isEmpty()) {
				result.add(new Group(null, List.copyOf(never)));
			}
			return result;
		}

	}

}
