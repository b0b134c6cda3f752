package com.skillmatrix.role;

import java.util.List;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile;

/**
 * One role in one skill: its cell at each level, and the roles before and after it in the skill's list.
 *
 * @param cells one per level, null where the role is not expected at that level
 * @param highlighted the level the visitor came from, or null
 */
record RoleDetail(Role role, List<Level> levels, List<Cell> cells, Level highlighted, Role previous, Role next) {

	static RoleDetail of(SkillProfile profile, Role role, Level highlighted) {
		List<Role> roles = profile.roles();
		int index = roles.indexOf(role);
		return new RoleDetail(role, profile.levels(), profile.cellsOf(role), highlighted,
				(index > 0) ? roles.get(index - 1) : null, (index + 1 < roles.size()) ? roles.get(index + 1) : null);
	}

}
