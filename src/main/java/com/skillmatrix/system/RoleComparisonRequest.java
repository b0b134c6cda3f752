package com.skillmatrix.system;

import java.util.List;
import java.util.function.Function;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleChoice;
import com.skillmatrix.matrix.RoleComparison;
import com.skillmatrix.matrix.RoleComparisons;
import com.skillmatrix.matrix.SkillAtLevel;

import org.springframework.util.MultiValueMap;

/**
 * A comparison of roles across the matrix as its address asks for it, read alike for its page and for the API: the
 * switches, the choice of roles with its mistakes, and what the two queries found: every role to choose from, and
 * the levels with the chosen roles' cells at the level asked for. A bad switch is a bad request at once; a bad
 * level when {@link #level} is asked; a bad choice is the caller's to show.
 *
 * @param roles every role of the matrix, by name
 * @param levelValues the values of the level parameter, null where it is absent
 */
public record RoleComparisonRequest(boolean differencesOnly, boolean requiredOnly, List<Role> roles,
		RoleChoice choice, List<String> levelValues, List<SkillAtLevel> cells) {

	public static final String ROLES = "roles";

	public static final String LEVEL = "level";

	/** The switch that keeps only the skills where the roles differ. */
	public static final String DIFFERENCES = "differences";

	public static RoleComparisonRequest of(MultiValueMap<String, String> query, RoleComparisons comparisons) {
		boolean differencesOnly = RequiredOnly.of(query, DIFFERENCES, "badRequest.differencesOnly");
		boolean requiredOnly = RequiredOnly.of(query);
		List<Role> roles = comparisons.findRoles();
		RoleChoice choice = Requested.roleChoice(roles, query.get(ROLES));
		List<String> level = query.get(LEVEL);
		List<SkillAtLevel> cells = comparisons.find((level != null && level.size() == 1) ? level.get(0) : "",
				choice.roles());
		return new RoleComparisonRequest(differencesOnly, requiredOnly, roles, choice, level, cells);
	}

	/** Every level, lowest first. */
	public List<Level> levels() {
		return this.cells.stream().map(SkillAtLevel::level).distinct().toList();
	}

	/**
	 * The level asked for; a missing, repeated or unknown one is a bad request that offers every level, each with a
	 * link where the link says.
	 */
	public Level level(Function<Level, String> link) {
		return Requested.levelParameter(levels(), LEVEL, this.levelValues, link);
	}

	/** The chosen roles side by side at the level, whole: the valid part of the choice where it has mistakes. */
	public RoleComparison comparison(Level level) {
		return RoleComparison.of(level, this.choice.roles(), this.cells);
	}

}
