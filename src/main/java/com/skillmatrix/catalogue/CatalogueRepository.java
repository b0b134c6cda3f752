package com.skillmatrix.catalogue;

import java.util.List;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.schema.Skill;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CatalogueRepository extends Repository<Skill, Long> {

	@Query("""
			select new com.skillmatrix.catalogue.SkillEntry(d.name, d.slug, c.name, c.slug, s.name, s.slug, s.summary,
				s.lastUpdated, count(distinct cell.role.id), count(distinct cell.level.id),
				sum(case when cell.required then 1 else 0 end), count(cell.id))
			from Skill s join s.category c join c.domain d left join Cell cell on cell.skill = s
			group by d.name, d.slug, c.name, c.slug, s.id, s.name, s.slug, s.summary, s.lastUpdated
			order by d.name, c.name, s.name
			""")
	List<SkillEntry> findSkills();

	/** Every skill with every role it names: the roles' list and each group's count of roles come from these. */
	@Query("""
			select distinct new com.skillmatrix.catalogue.Catalogue$SkillRole(s.slug, r.name, r.slug)
			from Cell cell join cell.skill s join cell.role r
			""")
	List<Catalogue.SkillRole> findSkillRoles();

	/** Every level, lowest first: the catalogue names the ends of the growth path. */
	@Query("select new com.skillmatrix.matrix.Level(l.name, l.slug, l.sortOrder) from Level l order by l.sortOrder")
	List<Level> findLevels();

}
