package com.skillmatrix.data;

import java.util.List;

import com.skillmatrix.matrix.schema.Cell;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The whole matrix as rows of the matrix CSV format, in one query. */
interface CsvRows extends Repository<Cell, Long> {

	/** Every cell, in the pages' order: skills by domain, category and name, then by level and row. */
	@Query("""
			select new com.skillmatrix.data.CsvRow(s.slug, s.name, d.name, c.name, s.summary, s.lastUpdated, l.name,
				r.name, cell.required, cell.description)
			from Cell cell join cell.skill s join s.category c join c.domain d join cell.level l join cell.role r
			order by d.name, c.name, s.name, l.sortOrder, cell.rowPosition
			""")
	List<CsvRow> findAll();

}
