package com.skillmatrix.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleComparison;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Roles side by side at one level, as the comparison's page shows them: each skill in which any of them has a cell
 * there, with every role's cell, null where the role is not expected, and whether they differ.
 *
 * @param level the level's slug
 * @param roles the roles' slugs, in the order chosen
 */
record RoleComparisonResource(String level, List<String> roles, List<ComparedSkill> skills) {

	static RoleComparisonResource of(RoleComparison comparison) {
		List<String> roles = comparison.roles().stream().map(Role::slug).toList();
		return new RoleComparisonResource(comparison.level().slug(), roles, comparison.rows().stream().map((row) -> {
			Map<String, ComparedCell> cells = new LinkedHashMap<>();
			for (int column = 0; column < roles.size(); column++) {
				Cell cell = row.cells().get(column);
				cells.put(roles.get(column), (cell != null) ? new ComparedCell(cell.required(), cell.description()) : null);
			}
			return new ComparedSkill(row.skill().slug(), cells, row.differs());
		}).toList());
	}

	/**
	 * A skill with the roles' cells at the level.
	 *
	 * @param skill the skill's slug
	 * @param cells by role slug, in the order of the roles; null where the role is not expected
	 * @param differs whether the roles differ here: not all expected, required for some and optional for others,
	 * or worded differently
	 */
	record ComparedSkill(String skill,
			@Schema(description = "The roles' cells by role slug; null where the role is not expected at the level",
					additionalPropertiesSchema = ComparedCell.class) Map<String, ComparedCell> cells,
			boolean differs) {
	}

	/** What a role is expected to know of the skill at the level. */
	record ComparedCell(boolean required, String description) {
	}

}
