package com.skillmatrix.role;

import java.util.List;
import java.util.Optional;

import com.skillmatrix.imports.Slugs;
import com.skillmatrix.matrix.schema.Role;
import com.skillmatrix.matrix.SkillProfile.RoleRef;
import com.skillmatrix.system.PageException;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** A role across every skill: the role, then every level with the role's cells there, in two queries. */
interface RoleProfiles extends Repository<Role, Long> {

	/** The role a path names; an unknown one is not found, and one that cannot be a slug is not looked for. */
	default RoleRef require(String slug) {
		return (Slugs.isSlug(slug) ? findRole(slug) : Optional.<RoleRef>empty())
			.orElseThrow(() -> PageException.notFound("notFound.roleProfile", slug));
	}

	@Query("select new com.skillmatrix.matrix.SkillProfile$RoleRef(r.name, r.slug) from Role r where r.slug = :slug")
	Optional<RoleRef> findRole(String slug);

	@Query("""
			select new com.skillmatrix.role.RoleCell(l.name, l.slug, l.sortOrder, d.name, d.slug, c.name, c.slug,
				s.name, s.slug, cell.required, cell.description)
			from Level l
				left join Cell cell on cell.level = l and cell.role.slug = :slug
				left join cell.skill s left join s.category c left join c.domain d
			order by l.sortOrder, d.name, c.name, s.name
			""")
	List<RoleCell> findLevelCells(String slug);

}
