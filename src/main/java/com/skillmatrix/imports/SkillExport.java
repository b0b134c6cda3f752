package com.skillmatrix.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * A skill page's export, as read: its header and one table per level, Junior first.
 */
public record SkillExport(String domain, String category, String summary, LocalDate lastUpdated,
		List<List<ExportRow>> levels) {

	public SkillExport {
		levels = levels.stream().map(List::copyOf).toList();
	}

}
