package com.skillmatrix.matrix;

import java.util.List;

import com.skillmatrix.matrix.schema.Role;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every role with the number of skills that name it, in one query. */
public interface RoleEntries extends Repository<Role, Long> {

	/** Every role that a skill names, by name ({@link Names#ORDER}). */
	default List<RoleEntry> findAll() {
		return findEntries().stream().sorted((a, b) -> Names.ORDER.compare(a.name(), b.name())).toList();
	}

	@Query("""
			select new com.skillmatrix.matrix.RoleEntry(r.name, r.slug, count(distinct cell.skill.id))
			from Cell cell join cell.role r
			group by r.name, r.slug
			""")
	List<RoleEntry> findEntries();

}
