package com.skillmatrix.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.DataFiles;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The database holds exactly what the data folder says, checked against the files' text itself rather than through
 * the reader that loaded it ({@link DataFiles}): each export's header lines and table rows (a {@code <br>} in a row
 * being a line break), and each CSV row as Commons CSV reads it, line breaks inside quoted fields included.
 */
@WebTest
class DataFidelityTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void levelsAreThoseOfTheFolderInOrder() {
		List<String> expected = DataFiles.levels().stream().map((level) -> level.slug() + " " + level.name()).toList();
		assertThat(this.jdbc.sql("select slug || ' ' || name from levels order by rank").query(String.class).list())
			.isEqualTo(expected);
	}

	@Test
	void skillsAreThoseOfTheFilesWithTheirHeaders() {
		assertThat(DataFiles.exports().size() + DataFiles.csvFiles().size()).as("the folder's files of skills")
			.isPositive();
		List<DataFiles.Skill> skills = DataFiles.skills();
		assertThat(skills).as("the folder's skills").isNotEmpty();
		assertThat(this.jdbc.sql("select slug from skills order by slug").query(String.class).list())
			.isEqualTo(skills.stream().map(DataFiles.Skill::slug).distinct().toList());
		for (DataFiles.Skill skill : skills) {
			assertThat(header(skill.slug())).as(skill.slug())
				.containsExactly(skill.name(), skill.domain(), skill.category(), skill.summary(), skill.lastUpdated());
		}
	}

	@Test
	void everyExportedCellIsItsRowCharacterForCharacter() {
		List<String> levels = TestMatrix.levelSlugs();
		assertThat(levels).isNotEmpty();
		List<Path> exports = DataFiles.exports();
		assumeFalse(exports.isEmpty(), "the data folder " + TestMatrix.folder() + " holds no export (.txt): its "
				+ DataFiles.csvFiles().size() + " CSV files are checked by everyCsvCellIsItsRowCharacterForCharacter");
		for (Path file : exports) {
			List<List<String>> tables = DataFiles.tablesOf(DataFiles.read(file));
			assertThat(tables).as(file.toString()).hasSize(levels.size());
			for (int level = 0; level < levels.size(); level++) {
				List<String> rows = this.jdbc.sql("""
						select r.name, c.required, c.description from cells c
						join roles r on r.id = c.role_id join levels l on l.id = c.level_id
						join skills s on s.id = c.skill_id
						where s.slug = ? and l.slug = ? order by c.position
						""").param(DataFiles.slugOf(file)).param(levels.get(level)).query((rs, n) -> rs.getString(1)
						+ " | " + (rs.getBoolean(2) ? "required" : "optional") + " | " + rs.getString(3)).list();
				String levelName = DataFiles.levelName(levels.get(level));
				List<String> exported = tables.get(level)
					.stream()
					.map((row) -> DataFiles.exportedCell(DataFiles.slugOf(file), levelName, row))
					.map((cell) -> cell.role() + " | " + (cell.required() ? "required" : "optional") + " | "
							+ cell.description())
					.toList();
				assertThat(rows).as(file + " " + levels.get(level)).isEqualTo(exported);
			}
		}
	}

	@Test
	void everyCsvCellIsItsRowCharacterForCharacter() {
		List<Path> csvFiles = DataFiles.csvFiles();
		assumeFalse(csvFiles.isEmpty(), "the data folder " + TestMatrix.folder() + " holds no CSV file: its "
				+ DataFiles.exports().size() + " exports are checked by everyExportedCellIsItsRowCharacterForCharacter");
		for (Path file : csvFiles) {
			// Each skill's rows at each level, in the order of the file: the order of the level's table.
			Map<String, List<String>> expected = new LinkedHashMap<>();
			for (CSVRecord record : DataFiles.records(file)) {
				String key = record.get("skill_slug") + " " + DataFiles.text(record, "level");
				expected.computeIfAbsent(key, (skillAndLevel) -> new ArrayList<>())
					.add(DataFiles.text(record, "role") + " | " + record.get("required") + " | "
							+ DataFiles.text(record, "description"));
			}
			assertThat(expected).as(file + ": its rows").isNotEmpty();
			expected.forEach((key, rows) -> {
				String[] skillAndLevel = key.split(" ", 2);
				List<String> stored = this.jdbc.sql("""
						select r.name, c.required, c.description from cells c
						join roles r on r.id = c.role_id join levels l on l.id = c.level_id
						join skills s on s.id = c.skill_id
						where s.slug = ? and l.name = ? order by c.position
						""").param(skillAndLevel[0]).param(skillAndLevel[1]).query((rs, n) -> rs.getString(1) + " | "
						+ (rs.getBoolean(2) ? "required" : "optional") + " | " + rs.getString(3)).list();
				assertThat(stored).as(file + " " + key).isEqualTo(rows);
			});
			long cells = this.jdbc.sql("select count(*) from cells c join skills s on s.id = c.skill_id where s.slug in (:slugs)")
				.param("slugs", expected.keySet().stream().map((key) -> key.split(" ", 2)[0]).distinct().toList())
				.query(Long.class)
				.single();
			assertThat(cells).as(file + ": no cell beyond the file's rows")
				.isEqualTo(expected.values().stream().mapToLong(List::size).sum());
		}
	}

	/** A skill as the database holds it: name, domain, category, summary and last update. */
	private List<Object> header(String slug) {
		return this.jdbc.sql("""
				select s.name, d.name, c.name, s.summary, s.last_updated
				from skills s join categories c on c.id = s.category_id join domains d on d.id = c.domain_id
				where s.slug = ?
				""").param(slug).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getDate(5).toLocalDate())).single();
	}

}
