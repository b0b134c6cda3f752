package com.skillmatrix.catalogue;

import java.util.List;

import com.skillmatrix.matrix.schema.Skill;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CatalogueRepository extends Repository<Skill, Long> {

	/** Every skill with every role it names: the roles' list and each group's count of roles come from these. */
	@Query("""
			select distinct new com.skillmatrix.catalogue.Catalogue$SkillRole(s.slug, r.name, r.slug)
			from Cell cell join cell.skill s join cell.role r
			""")
	List<Catalogue.SkillRole> findSkillRoles();

}
