package com.skillmatrix.role;

import java.util.List;

import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.SkillProfile.Expectation;
import com.skillmatrix.matrix.SkillProfile.LevelRef;
import com.skillmatrix.matrix.SkillProfile.RoleRef;

/**
 * One role in one skill: its cell at each level, and the roles before and after it in the skill's list.
 *
 * @param cells one per level, null where the role is not expected at that level
 * @param highlighted the level the visitor came from, or null
 */
record RoleDetail(RoleRef role, List<LevelRef> levels, List<Expectation> cells, LevelRef highlighted,
		RoleRef previous, RoleRef next) {

	static RoleDetail of(SkillProfile profile, RoleRef role, LevelRef highlighted) {
		List<RoleRef> roles = profile.roles();
		int index = roles.indexOf(role);
		return new RoleDetail(role, profile.levels(), profile.cellsOf(role), highlighted,
				(index > 0) ? roles.get(index - 1) : null, (index + 1 < roles.size()) ? roles.get(index + 1) : null);
	}

}
