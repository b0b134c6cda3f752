package com.skillmatrix.loading;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.loading.MatrixDiff.CellChange;
import com.skillmatrix.loading.MatrixDiff.SkillDiff;
import com.skillmatrix.matrix.Change;
import com.skillmatrix.matrix.Slugs;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The matrix as the database holds it: read whole, and brought to a new state by writing only what differs. Rows
 * are found by slug, so that the database's keys never leave it; batches keep a first load of tens of thousands of
 * cells to a few statements.
 */
final class MatrixStore {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	MatrixStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Matrix read() {
		List<Matrix.Level> levels = this.jdbc.query("select slug, name from levels order by rank",
				(rs, n) -> new Matrix.Level(rs.getString(1), rs.getString(2)));
		Map<Long, List<Matrix.Cell>> cells = new HashMap<>();
		this.jdbc.query("""
				select c.skill_id, r.name, l.slug, c.position, c.required, c.description
				from cells c join roles r on r.id = c.role_id join levels l on l.id = c.level_id
				order by c.skill_id, l.rank, c.position
				""", (rs) -> {
			cells.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new Matrix.Cell(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5), rs.getString(6),
						0));
		});
		List<Matrix.Skill> skills = this.jdbc.query("""
				select s.id, s.slug, s.name, d.name, c.name, s.summary, s.last_updated
				from skills s join categories c on c.id = s.category_id join domains d on d.id = c.domain_id
				order by s.slug
				""", (rs, n) -> new Matrix.Skill(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getDate(7).toLocalDate(), cells.getOrDefault(rs.getLong(1), List.of()),
				"the database", 0));
		return new Matrix(levels, skills);
	}

	/** Writes what the difference says, then drops what no skill uses any more, and records the changes. */
	void apply(Matrix target, MatrixDiff diff, LocalDateTime importedAt) {
		Map<String, Long> levels = levels(target.levels());
		Map<String, Long> categories = categories(target);
		Map<String, Long> roles = roles(target);
		List<Object[]> removedCells = new ArrayList<>();
		List<Object[]> newCells = new ArrayList<>();
		List<Object[]> updatedCells = new ArrayList<>();
		List<String> removedSkills = new ArrayList<>();
		for (SkillDiff skill : diff.skills()) {
			if (skill.after() == null) {
				removedSkills.add(skill.before().slug());
				continue;
			}
			Matrix.Skill after = skill.after();
			Object[] header = { categories.get(categoryKey(after)), after.name(), after.summary(),
					Date.valueOf(after.lastUpdated()), after.slug() };
			if (skill.before() == null) {
				this.jdbc.update("insert into skills (category_id, name, summary, last_updated, slug) values (?, ?, ?, ?, ?)",
						header);
			}
			else if (!skill.before().sameHeader(after)) {
				this.jdbc.update("update skills set category_id = ?, name = ?, summary = ?, last_updated = ? where slug = ?",
						header);
			}
			long id = this.jdbc.queryForObject("select id from skills where slug = ?", Long.class, after.slug());
			for (Matrix.Cell cell : skill.removed()) {
				removedCells.add(new Object[] { id, roles.get(cell.roleSlug()), levels.get(cell.level()) });
			}
			for (Matrix.Cell cell : skill.added()) {
				newCells.add(new Object[] { id, roles.get(cell.roleSlug()), levels.get(cell.level()), cell.position(),
						cell.required(), cell.description() });
			}
			for (CellChange change : skill.updated()) {
				Matrix.Cell cell = change.after();
				updatedCells.add(new Object[] { cell.position(), cell.required(), cell.description(), id,
						roles.get(cell.roleSlug()), levels.get(cell.level()) });
			}
		}
		batch("delete from cells where skill_id = ? and role_id = ? and level_id = ?", removedCells);
		batch("""
				update cells set position = ?, required = ?, description = ?
				where skill_id = ? and role_id = ? and level_id = ?
				""", updatedCells);
		batch("insert into cells (skill_id, role_id, level_id, position, required, description) values (?, ?, ?, ?, ?, ?)",
				newCells);
		for (String slug : removedSkills) {
			this.jdbc.update("delete from cells where skill_id = (select id from skills where slug = ?)", slug);
			this.jdbc.update("delete from skills where slug = ?", slug);
		}
		dropUnused(target);
		record(diff.changes(), importedAt);
	}

	/**
	 * The levels in the stated order, by slug. Orders move out of the way first, since each must stay unique while
	 * levels are renamed, inserted and moved.
	 */
	private Map<String, Long> levels(List<Matrix.Level> target) {
		List<Matrix.Level> stored = this.jdbc.query("select slug, name from levels order by rank",
				(rs, n) -> new Matrix.Level(rs.getString(1), rs.getString(2)));
		if (!stored.equals(target)) {
			this.jdbc.update("update levels set rank = rank + 1000");
			Map<String, Matrix.Level> existing = new HashMap<>();
			stored.forEach((level) -> existing.put(level.slug(), level));
			for (int i = 0; i < target.size(); i++) {
				Matrix.Level level = target.get(i);
				if (existing.containsKey(level.slug())) {
					this.jdbc.update("update levels set name = ?, rank = ? where slug = ?", level.name(), i + 1,
							level.slug());
				}
				else {
					this.jdbc.update("insert into levels (name, slug, rank) values (?, ?, ?)", level.name(),
							level.slug(), i + 1);
				}
			}
		}
		return ids("select slug, id from levels");
	}

	/** Domains and categories by slug, inserted where new and renamed where their name changed. */
	private Map<String, Long> categories(Matrix target) {
		Map<String, String> domains = new LinkedHashMap<>();
		Map<String, String[]> categories = new LinkedHashMap<>();
		for (Matrix.Skill skill : target.skills()) {
			domains.put(Slugs.of(skill.domain()), skill.domain());
			categories.put(categoryKey(skill), new String[] { Slugs.of(skill.domain()), skill.category() });
		}
		Map<String, String> storedDomains = names("select slug, name from domains");
		domains.forEach((slug, name) -> {
			if (!storedDomains.containsKey(slug)) {
				this.jdbc.update("insert into domains (name, slug) values (?, ?)", name, slug);
			}
			else if (!storedDomains.get(slug).equals(name)) {
				this.jdbc.update("update domains set name = ? where slug = ?", name, slug);
			}
		});
		Map<String, Long> domainIds = ids("select slug, id from domains");
		Map<String, String> storedCategories = names(
				"select d.slug || '/' || c.slug, c.name from categories c join domains d on d.id = c.domain_id");
		categories.forEach((key, category) -> {
			String name = category[1];
			if (!storedCategories.containsKey(key)) {
				this.jdbc.update("insert into categories (domain_id, name, slug) values (?, ?, ?)",
						domainIds.get(category[0]), name, Slugs.of(name));
			}
			else if (!storedCategories.get(key).equals(name)) {
				this.jdbc.update("update categories set name = ? where domain_id = ? and slug = ?", name,
						domainIds.get(category[0]), Slugs.of(name));
			}
		});
		return ids("select d.slug || '/' || c.slug, c.id from categories c join domains d on d.id = c.domain_id");
	}

	/** Roles by slug: a role renamed in the data keeps its slug, and so every link to it. */
	private Map<String, Long> roles(Matrix target) {
		Map<String, String> roles = new LinkedHashMap<>();
		target.skills().forEach((skill) -> skill.cells().forEach((cell) -> roles.put(cell.roleSlug(), cell.role())));
		Map<String, String> stored = names("select slug, name from roles");
		List<Object[]> inserts = new ArrayList<>();
		roles.forEach((slug, name) -> {
			if (!stored.containsKey(slug)) {
				inserts.add(new Object[] { name, slug });
			}
			else if (!stored.get(slug).equals(name)) {
				this.jdbc.update("update roles set name = ? where slug = ?", name, slug);
			}
		});
		batch("insert into roles (name, slug) values (?, ?)", inserts);
		return ids("select slug, id from roles");
	}

	/** Roles, categories, domains and levels that nothing refers to any more go with the last skill that did. */
	private void dropUnused(Matrix target) {
		this.jdbc.update("delete from roles where not exists (select 1 from cells c where c.role_id = roles.id)");
		this.jdbc.update(
				"delete from categories where not exists (select 1 from skills s where s.category_id = categories.id)");
		this.jdbc.update(
				"delete from domains where not exists (select 1 from categories c where c.domain_id = domains.id)");
		List<String> keep = target.levels().stream().map(Matrix.Level::slug).toList();
		for (String slug : names("select slug, name from levels").keySet()) {
			if (!keep.contains(slug)) {
				this.jdbc.update("delete from levels where slug = ?", slug);
			}
		}
	}

	private void record(List<Change> changes, LocalDateTime importedAt) {
		if (changes.isEmpty()) {
			return;
		}
		this.jdbc.update("insert into data_imports (imported_at) values (?)", Timestamp.valueOf(importedAt));
		long importId = this.jdbc.queryForObject("select max(id) from data_imports", Long.class);
		batch("""
				insert into skill_changes (import_id, skill_slug, skill_name, kind, field, role_name, role_slug,
					level_name, level_slug, before_text, after_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", changes.stream()
			.map((change) -> new Object[] { importId, change.skill(), change.skillName(), change.kind().name(),
					(change.field() != null) ? change.field().name() : null, change.role(), change.roleSlug(),
					change.level(), change.levelSlug(), change.before(), change.after() })
			.toList());
	}

	private static String categoryKey(Matrix.Skill skill) {
		return Slugs.of(skill.domain()) + '/' + Slugs.of(skill.category());
	}

	private Map<String, Long> ids(String sql) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query(sql, (rs) -> {
			ids.put(rs.getString(1), rs.getLong(2));
		});
		return ids;
	}

	private Map<String, String> names(String sql) {
		Map<String, String> names = new HashMap<>();
		this.jdbc.query(sql, (rs) -> {
			names.put(rs.getString(1), rs.getString(2));
		});
		return names;
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

}
