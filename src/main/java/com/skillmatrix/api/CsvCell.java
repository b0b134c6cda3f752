package com.skillmatrix.api;

import java.time.LocalDate;
import java.util.List;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.MatrixCsvFormat;
import com.skillmatrix.matrix.Skill;

/** A cell with its skill, as one row of the matrix CSV format holds it, in the columns of its header. */
public record CsvCell(String skillSlug, String skillName, String domain, String category, String summary,
		LocalDate lastUpdated, String level, String role, boolean required, String description) {

	static CsvCell of(Skill skill, Cell cell) {
		return new CsvCell(skill.slug(), skill.name(), skill.domain(), skill.category(), skill.summary(),
				skill.lastUpdated(), cell.level().name(), cell.role().name(), cell.required(), cell.description());
	}

	/** The fields in the header's order ({@link MatrixCsvFormat#HEADER}), before any escaping. */
	List<String> fields() {
		return List.of(this.skillSlug, this.skillName, this.domain, this.category, this.summary,
				this.lastUpdated.toString(), this.level, this.role, MatrixCsvFormat.requiredWord(this.required),
				this.description);
	}

}
