package com.skillmatrix.data;

import java.time.LocalDate;
import java.util.List;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.SkillProfile.SkillInfo;

/** One row of the matrix CSV format: a cell with its skill, in the columns of {@link MatrixCsv#HEADER}. */
public record CsvRow(String skillSlug, String skillName, String domain, String category, String summary,
		LocalDate lastUpdated, String level, String role, boolean required, String description) {

	static CsvRow of(SkillInfo skill, Cell cell) {
		return new CsvRow(skill.slug(), skill.name(), skill.domain(), skill.category(), skill.summary(),
				skill.lastUpdated(), cell.level().name(), cell.role().name(), cell.required(), cell.description());
	}

	/** The fields in the header's order, as the file holds them before any escaping. */
	List<String> fields() {
		return List.of(this.skillSlug, this.skillName, this.domain, this.category, this.summary,
				this.lastUpdated.toString(), this.level, this.role, MatrixCsv.requiredWord(this.required),
				this.description);
	}

}
