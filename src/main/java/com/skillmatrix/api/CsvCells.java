package com.skillmatrix.api;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.Names;
import com.skillmatrix.matrix.schema.Cell;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The whole matrix as cells of the matrix CSV format, in one query. */
interface CsvCells extends Repository<Cell, Long> {

	/**
	 * Every cell, in the pages' order: skills by domain, category and name ({@link Names#byPlace}), then by level
	 * and position. The skills are put in order once each, and their cells follow them in the query's order.
	 */
	default List<CsvCell> findAll() {
		List<CsvCell> cells = findCells();
		Map<String, CsvCell> skills = new LinkedHashMap<>();
		cells.forEach((cell) -> skills.putIfAbsent(cell.skillSlug(), cell));
		Map<String, Integer> order = new HashMap<>();
		skills.values()
			.stream()
			.sorted(Names.byPlace(CsvCell::domain, CsvCell::category, CsvCell::skillName))
			.forEach((cell) -> order.put(cell.skillSlug(), order.size()));
		return cells.stream().sorted(Comparator.comparingInt((CsvCell cell) -> order.get(cell.skillSlug()))).toList();
	}

	@Query("""
			select new com.skillmatrix.api.CsvCell(s.slug, s.name, d.name, c.name, s.summary, s.lastUpdated, l.name,
				r.name, cell.required, cell.description)
			from Cell cell join cell.skill s join s.category c join c.domain d join cell.level l join cell.role r
			order by s.slug, l.rank, cell.position
			""")
	List<CsvCell> findCells();

}
