package com.skillmatrix.matrix;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Roles side by side at one level, in two queries: the roles there are to choose from, then every level with the
 * chosen roles' cells at the one asked for, each with its skill.
 */
public interface RoleComparisons extends Repository<com.skillmatrix.matrix.schema.Role, Long> {

	/** Every role that a skill names, by name ({@link Names#ORDER}). */
	default List<Role> findRoles() {
		return findNamedRoles().stream().sorted((a, b) -> Names.ORDER.compare(a.name(), b.name())).toList();
	}

	@Query("""
			select new com.skillmatrix.matrix.Role(r.name, r.slug) from Role r
			where exists (select cell.id from Cell cell where cell.role = r)
			""")
	List<Role> findNamedRoles();

	/**
	 * The levels, and the roles' cells at the one the slug names (see {@link #findCells}); text that cannot be a slug
	 * is not looked for.
	 */
	default List<SkillAtLevel> find(String level, List<Role> roles) {
		// With no role to look for, none is named: an empty "in" is not valid in every database.
		return findCells(Slugs.isSlug(level) ? level : "",
				roles.isEmpty() ? List.of("") : roles.stream().map(Role::slug).toList());
	}

	/**
	 * Every level, lowest first, once per cell that one of the roles has there, or once with none; only the level the
	 * slug names has cells, so that a slug that names no level gives every level once. The roles are reached first,
	 * so that only their cells are read, not every cell of the level.
	 */
	@Query("""
			select new com.skillmatrix.matrix.SkillAtLevel(new com.skillmatrix.matrix.Level(l.slug, l.name, l.rank),
				s.id, s.name, s.slug, s.summary, s.lastUpdated, d.name, d.slug, c.name, c.slug,
				r.name, r.slug, cell.position, cell.required, cell.description)
			from Level l
				left join Role r on l.slug = :level and r.slug in :roles
				left join Cell cell on cell.role = r and cell.level = l
				left join cell.skill s left join s.category c left join c.domain d
			order by l.rank
			""")
	List<SkillAtLevel> findCells(String level, Collection<String> roles);

}
