package com.skillmatrix.search;

import java.util.List;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile.SkillInfo;
import com.skillmatrix.matrix.schema.Skill;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The whole matrix as the search index reads it, in one transaction. */
interface SearchRepository extends Repository<Skill, Long> {

	@Transactional(readOnly = true)
	default SearchIndex index() {
		return SearchIndex.of(findSkills(), findRoles(), findLevels(), findCells());
	}

	@Query("""
			select new com.skillmatrix.matrix.SkillProfile$SkillInfo(s.id, s.name, s.slug, s.summary, s.lastUpdated,
				d.name, d.slug, c.name, c.slug)
			from Skill s join s.category c join c.domain d
			""")
	List<SkillInfo> findSkills();

	@Query("select new com.skillmatrix.matrix.Role(r.name, r.slug) from Role r")
	List<Role> findRoles();

	@Query("select new com.skillmatrix.matrix.Level(l.slug, l.name, l.rank) from Level l")
	List<Level> findLevels();

	@Query("""
			select new com.skillmatrix.search.CellRow(s.slug, r.slug, l.slug, cell.required, cell.description)
			from Cell cell join cell.skill s join cell.role r join cell.level l
			""")
	List<CellRow> findCells();

}
