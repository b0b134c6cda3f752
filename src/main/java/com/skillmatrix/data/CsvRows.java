package com.skillmatrix.data;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.Names;
import com.skillmatrix.matrix.schema.Cell;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The whole matrix as rows of the matrix CSV format, in one query. */
interface CsvRows extends Repository<Cell, Long> {

	/**
	 * Every cell, in the pages' order: skills by domain, category and name ({@link Names#byPlace}), then by level
	 * and row. The skills are put in order once each, and their rows follow them in the query's order.
	 */
	default List<CsvRow> findAll() {
		List<CsvRow> rows = findRows();
		Map<String, CsvRow> skills = new LinkedHashMap<>();
		rows.forEach((row) -> skills.putIfAbsent(row.skillSlug(), row));
		Map<String, Integer> order = new HashMap<>();
		skills.values()
			.stream()
			.sorted(Names.byPlace(CsvRow::domain, CsvRow::category, CsvRow::skillName))
			.forEach((row) -> order.put(row.skillSlug(), order.size()));
		return rows.stream().sorted(Comparator.comparingInt((CsvRow row) -> order.get(row.skillSlug()))).toList();
	}

	@Query("""
			select new com.skillmatrix.data.CsvRow(s.slug, s.name, d.name, c.name, s.summary, s.lastUpdated, l.name,
				r.name, cell.required, cell.description)
			from Cell cell join cell.skill s join s.category c join c.domain d join cell.level l join cell.role r
			order by s.slug, l.sortOrder, cell.rowPosition
			""")
	List<CsvRow> findRows();

}
