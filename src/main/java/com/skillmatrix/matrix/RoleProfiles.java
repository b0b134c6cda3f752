package com.skillmatrix.matrix;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** A role across every skill: the role, then every level with the role's cells there, in two queries. */
public interface RoleProfiles extends Repository<com.skillmatrix.matrix.schema.Role, Long> {

	/** The role a slug names, if any; text that cannot be a slug is not looked for. */
	default Optional<Role> find(String slug) {
		return Slugs.isSlug(slug) ? findRole(slug) : Optional.empty();
	}

	/** The role's profile, if the slug names a role. */
	default Optional<RoleProfile> findProfile(String slug) {
		return find(slug).map((role) -> RoleProfile.of(role, findLevels(slug)));
	}

	@Query("select new com.skillmatrix.matrix.Role(r.name, r.slug) from Role r where r.slug = :slug")
	Optional<Role> findRole(String slug);

	/** Every level, once per skill that gives the role a cell there, or once with none. */
	@Query("""
			select new com.skillmatrix.matrix.SkillAtLevel(new com.skillmatrix.matrix.Level(l.slug, l.name, l.rank),
				s.id, s.name, s.slug, s.summary, s.lastUpdated, d.name, d.slug, c.name, c.slug,
				r.name, r.slug, cell.position, cell.required, cell.description)
			from Level l
				left join Cell cell on cell.level = l and cell.role.slug = :slug
				left join cell.role r left join cell.skill s left join s.category c left join c.domain d
			order by l.rank
			""")
	List<SkillAtLevel> findLevels(String slug);

}
