package com.skillmatrix.matrix.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One line of a skill's change log, as an import wrote it. The skill, role and level are named rather than keyed,
 * so that the log outlives what it speaks of.
 */
@Entity
@Table(name = "skill_changes")
public class SkillChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "import_id")
	private DataImport dataImport;

	@Column(name = "skill_slug", nullable = false)
	private String skillSlug;

	@Column(name = "skill_name", nullable = false)
	private String skillName;

	@Column(nullable = false)
	private String kind;

	private String field;

	@Column(name = "role_name")
	private String roleName;

	@Column(name = "role_slug")
	private String roleSlug;

	@Column(name = "level_name")
	private String levelName;

	@Column(name = "level_slug")
	private String levelSlug;

	@Column(name = "before_text")
	private String beforeText;

	@Column(name = "after_text")
	private String afterText;

	protected SkillChange() {
	}

}
