package com.skillmatrix.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Names;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.RoleProfile.LevelCells;
import com.skillmatrix.matrix.SkillAtLevel;

/**
 * Everything a role is expected to know at one level, across every skill: the page HR pastes into a job advert or a
 * review form. Cells are grouped by domain, and within a domain the Required ones come first.
 *
 * @param previous the level below, or null at the lowest
 * @param next the level above, or null at the top
 */
record RoleLevel(Role role, LevelCells cells, Level previous, Level next, List<DomainCells> domains) {

	private static final Comparator<SkillAtLevel> REQUIRED_FIRST = Comparator
		.comparing((SkillAtLevel row) -> !row.cell().required())
		.thenComparing((row) -> row.skill().category(), Names.ORDER)
		.thenComparing((row) -> row.skill().name(), Names.ORDER);

	/** The page of the level at {@code index} of the levels, from the role's cells there in any order. */
	static RoleLevel of(Role role, List<Level> levels, int index, List<SkillAtLevel> atLevel) {
		LevelCells cells = new LevelCells(levels.get(index), atLevel);
		Map<String, List<SkillAtLevel>> byDomain = new LinkedHashMap<>();
		cells.cells()
			.stream()
			.sorted(Comparator.comparing((SkillAtLevel row) -> row.skill().domain(), Names.ORDER))
			.forEach((row) -> byDomain.computeIfAbsent(row.skill().domainSlug(), (key) -> new ArrayList<>()).add(row));
		List<DomainCells> domains = byDomain.values()
			.stream()
			.map((rows) -> new DomainCells(rows.get(0).skill().domain(), rows.get(0).skill().domainSlug(),
					rows.stream().sorted(REQUIRED_FIRST).toList()))
			.toList();
		return new RoleLevel(role, cells, (index > 0) ? levels.get(index - 1) : null,
				(index + 1 < levels.size()) ? levels.get(index + 1) : null, domains);
	}

	public Level level() {
		return this.cells.level();
	}

	/** One domain's cells at the level, Required first. */
	record DomainCells(String name, String slug, List<SkillAtLevel> cells) {
	}

}
