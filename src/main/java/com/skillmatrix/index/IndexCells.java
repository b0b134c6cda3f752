package com.skillmatrix.index;

import java.util.List;

import com.skillmatrix.matrix.schema.Cell;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every cell of the matrix as the search index reads it, in one query. */
interface IndexCells extends Repository<Cell, Long> {

	@Query("""
			select new com.skillmatrix.index.SearchIndex$Cell(s.slug, r.slug, l.slug, cell.required, cell.description)
			from Cell cell join cell.skill s join cell.role r join cell.level l
			""")
	List<SearchIndex.Cell> findAll();

}
