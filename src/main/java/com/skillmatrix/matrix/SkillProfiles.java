package com.skillmatrix.matrix;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Loads a skill's profile in two queries: the skill, then every level with the skill's cells at it. */
public interface SkillProfiles extends Repository<com.skillmatrix.matrix.schema.Skill, Long> {

	/** The skill a slug names, if any; text that cannot be a slug is not looked for. */
	@Transactional(readOnly = true)
	default Optional<SkillProfile> find(String slug) {
		if (!Slugs.isSlug(slug)) {
			return Optional.empty();
		}
		return findInfo(slug).map((skill) -> {
			List<LevelWithCell> rows = findLevels(skill.id());
			List<Level> levels = rows.stream().map(LevelWithCell::level).distinct().toList();
			List<Cell> cells = rows.stream().map(LevelWithCell::cell).filter(Objects::nonNull).toList();
			return new SkillProfile(skill, levels, cells);
		});
	}

	/** A skill, with its category and domain, as every query of skills here selects it. */
	String INFO = """
			select new com.skillmatrix.matrix.Skill(s.id, s.name, s.slug, s.summary, s.lastUpdated,
				d.name, d.slug, c.name, c.slug)
			from Skill s join s.category c join c.domain d
			""";

	@Query(INFO + "where s.slug = :slug")
	Optional<Skill> findInfo(String slug);

	/** Every skill, in no particular order. */
	@Query(INFO)
	List<Skill> findAllInfo();

	/** Every level, once per cell the skill has there, or once with no cell. */
	@Query("""
			select new com.skillmatrix.matrix.SkillProfiles$LevelWithCell(
				new com.skillmatrix.matrix.Level(l.slug, l.name, l.rank), r.name, r.slug, cell.position,
				cell.required, cell.description)
			from Level l left join Cell cell on cell.level = l and cell.skill.id = :skillId left join cell.role r
			order by l.rank, cell.position
			""")
	List<LevelWithCell> findLevels(long skillId);

	/** When a skill that is no longer in the matrix was removed, newest first: its change log remembers it. */
	@Query("""
			select new com.skillmatrix.matrix.SkillProfiles$Removal(c.skillName, i.importedAt)
			from SkillChange c join c.dataImport i
			where c.skillSlug = :slug and c.kind = 'SKILL_REMOVED'
			order by i.id desc
			""")
	List<Removal> findRemovals(String slug);

	/** A skill's removal from the matrix. */
	record Removal(String name, LocalDateTime removedAt) {
	}

	/** A row of {@link #findLevels}: a level, and one of the skill's cells there, or null where it has none. */
	record LevelWithCell(Level level, Cell cell) {

		public LevelWithCell(Level level, String roleName, String roleSlug, Integer position, Boolean required,
				String description) {
			this(level, (roleName != null)
					? new Cell(new Role(roleName, roleSlug), level, position, required, description) : null);
		}

	}

}
