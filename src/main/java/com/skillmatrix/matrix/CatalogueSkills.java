package com.skillmatrix.matrix;

import java.util.List;

import com.skillmatrix.matrix.schema.Skill;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every skill as the catalogue shows it, with its figures, in one query. */
public interface CatalogueSkills extends Repository<Skill, Long> {

	/** Every skill in the catalogue's order: by domain, category and name ({@link Names}). */
	default List<CatalogueSkill> findAll() {
		return findEntries().stream()
			.sorted(Names.byPlace(CatalogueSkill::domain, CatalogueSkill::category, CatalogueSkill::name))
			.toList();
	}

	@Query("""
			select new com.skillmatrix.matrix.CatalogueSkill(d.name, d.slug, c.name, c.slug, s.name, s.slug, s.summary,
				s.lastUpdated, count(distinct cell.role.id), count(distinct cell.level.id),
				sum(case when cell.required then 1 else 0 end), count(cell.id))
			from Skill s join s.category c join c.domain d left join Cell cell on cell.skill = s
			group by d.name, d.slug, c.name, c.slug, s.id, s.name, s.slug, s.summary, s.lastUpdated
			""")
	List<CatalogueSkill> findEntries();

}
