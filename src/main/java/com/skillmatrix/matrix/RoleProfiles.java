package com.skillmatrix.matrix;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** A role across every skill: every level with the role's cells there, and the role, in one query or two. */
public interface RoleProfiles extends Repository<com.skillmatrix.matrix.schema.Role, Long> {

	/** The role a slug names, if any; text that cannot be a slug is not looked for. */
	default Optional<Role> find(String slug) {
		return Slugs.isSlug(slug) ? findRole(slug) : Optional.empty();
	}

	/**
	 * The role's profile, if the slug names a role: in one query where the role has cells, which name it, so that a
	 * page of two roles costs two; only a role without any asks for its name apart.
	 */
	default Optional<RoleProfile> findProfile(String slug) {
		if (!Slugs.isSlug(slug)) {
			return Optional.empty();
		}
		List<SkillAtLevel> rows = findLevels(slug);
		return rows.stream()
			.filter(SkillAtLevel::present)
			.findFirst()
			.map((row) -> row.cell().role())
			.or(() -> findRole(slug))
			.map((role) -> RoleProfile.of(role, rows));
	}

	/** Every role, by name ({@link Names#ORDER}): the load keeps no role that no cell names. */
	default List<Role> findAll() {
		return findRoles().stream().sorted((a, b) -> Names.ORDER.compare(a.name(), b.name())).toList();
	}

	@Query("select new com.skillmatrix.matrix.Role(r.name, r.slug) from Role r")
	List<Role> findRoles();

	@Query("select new com.skillmatrix.matrix.Role(r.name, r.slug) from Role r where r.slug = :slug")
	Optional<Role> findRole(String slug);

	/** Every level, once per skill that gives the role a cell there, or once with none. */
	@Query("""
			select new com.skillmatrix.matrix.SkillAtLevel(new com.skillmatrix.matrix.Level(l.slug, l.name, l.rank),
				s.id, s.name, s.slug, s.summary, s.lastUpdated, d.name, d.slug, c.name, c.slug,
				r.name, r.slug, cell.position, cell.required, cell.description)
			from Level l
				left join Cell cell on cell.level = l and cell.role = (select role from Role role where role.slug = :slug)
				left join cell.role r left join cell.skill s left join s.category c left join c.domain d
			order by l.rank
			""")
	List<SkillAtLevel> findLevels(String slug);

	/**
	 * A role's cells at one level, in every skill that gives it one there, in no order: one level of its profile.
	 * Nothing for a role or level that is no slug.
	 */
	default List<SkillAtLevel> findLevel(String role, String level) {
		return (Slugs.isSlug(role) && Slugs.isSlug(level)) ? findLevelCells(role, level) : List.of();
	}

	@Query("""
			select new com.skillmatrix.matrix.SkillAtLevel(new com.skillmatrix.matrix.Level(l.slug, l.name, l.rank),
				s.id, s.name, s.slug, s.summary, s.lastUpdated, d.name, d.slug, c.name, c.slug,
				r.name, r.slug, cell.position, cell.required, cell.description)
			from Cell cell join cell.level l join cell.role r join cell.skill s join s.category c join c.domain d
			where r.slug = :role and l.slug = :level
			""")
	List<SkillAtLevel> findLevelCells(String role, String level);

}
