package com.skillmatrix.imports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.skillmatrix.matrix.Slugs;

/**
 * Writes a parsed export as a Flyway migration in SQL that runs unchanged on H2 and PostgreSQL.
 * <p>
 * Domains, categories and roles are matched by name and inserted only when new, so that a role keeps the slug it
 * was first given and every skill shares it. Cells find their skill, role and level through sub-selects, so the
 * migration carries no generated ids.
 */
public final class MigrationWriter {

	/** The level slugs in the order of the export's tables; the levels themselves are reference data. */
	static final List<String> LEVEL_SLUGS = List.of("junior", "middle", "senior", "lead", "principal");

	private MigrationWriter() {
	}

	public static String write(SkillExport export, String skillName, String skillSlug) {
		if (!Slugs.VALID.matcher(skillSlug).matches()) {
			throw new IllegalArgumentException("'" + skillSlug + "' is not a slug: use lower-case words joined by hyphens");
		}
		if (skillName.isBlank()) {
			throw new IllegalArgumentException("the skill needs a name");
		}
		StringBuilder sql = new StringBuilder();
		sql.append("-- Skill profile ").append(skillName).append(" (").append(skillSlug).append("),\n")
			.append("-- written by ExportToMigration from its skill-page export; regenerate it rather than edit it.\n\n");
		String domain = literal(export.domain());
		String category = literal(export.category());
		sql.append("INSERT INTO domains (name, slug)\nSELECT ").append(domain).append(", ")
			.append(literal(Slugs.of(export.domain())))
			.append("\nWHERE NOT EXISTS (SELECT 1 FROM domains WHERE name = ").append(domain).append(");\n\n");
		sql.append("INSERT INTO categories (domain_id, name, slug)\nSELECT d.id, ").append(category).append(", ")
			.append(literal(Slugs.of(export.category())))
			.append("\nFROM domains d\nWHERE d.name = ").append(domain)
			.append("\n  AND NOT EXISTS (SELECT 1 FROM categories c WHERE c.domain_id = d.id AND c.name = ")
			.append(category).append(");\n\n");
		sql.append("INSERT INTO skills (category_id, name, slug, summary, last_updated)\nSELECT c.id, ")
			.append(literal(skillName)).append(", ").append(literal(skillSlug)).append(", ")
			.append(literal(export.summary())).append(", DATE '").append(export.lastUpdated()).append("'")
			.append("\nFROM categories c JOIN domains d ON d.id = c.domain_id\nWHERE d.name = ").append(domain)
			.append(" AND c.name = ").append(category).append(";\n\n");
		for (String role : roles(export)) {
			sql.append("INSERT INTO roles (name, slug) SELECT ").append(literal(role)).append(", ")
				.append(literal(Slugs.of(role))).append(" WHERE NOT EXISTS (SELECT 1 FROM roles WHERE name = ")
				.append(literal(role)).append(");\n");
		}
		for (int level = 0; level < export.levels().size(); level++) {
			List<ExportRow> rows = export.levels().get(level);
			sql.append("\n-- ").append(LEVEL_SLUGS.get(level)).append('\n');
			for (int position = 0; position < rows.size(); position++) {
				ExportRow row = rows.get(position);
				sql.append("INSERT INTO cells (skill_id, role_id, level_id, row_position, required, description)\n")
					.append("SELECT s.id, r.id, l.id, ").append(position + 1).append(", ")
					.append(row.required() ? "TRUE" : "FALSE").append(",\n  ").append(literal(row.description()))
					.append("\nFROM skills s, roles r, levels l WHERE s.slug = ").append(literal(skillSlug))
					.append(" AND r.name = ").append(literal(row.role())).append(" AND l.slug = ")
					.append(literal(LEVEL_SLUGS.get(level))).append(";\n");
			}
		}
		return sql.toString();
	}

	/** The roles in the order the export first names them. */
	private static Set<String> roles(SkillExport export) {
		Set<String> roles = new LinkedHashSet<>();
		export.levels().forEach((rows) -> rows.forEach((row) -> roles.add(row.role())));
		return roles;
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
