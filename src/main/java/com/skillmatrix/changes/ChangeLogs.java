package com.skillmatrix.changes;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** A skill's change log, newest import first, in one query. */
interface ChangeLogs extends Repository<com.skillmatrix.matrix.schema.SkillChange, Long> {

	@Query("""
			select new com.skillmatrix.changes.ChangeLog$Entry(i.id, i.importedAt, c.skillSlug, c.skillName, c.kind,
				c.field, c.roleName, c.roleSlug, c.levelName, c.levelSlug, c.beforeText, c.afterText)
			from SkillChange c join c.dataImport i
			where c.skillSlug = :slug
			order by i.id desc, c.id
			""")
	List<ChangeLog.Entry> findBySkill(String slug);

}
