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
 * What one role is expected to know of one skill at one level, and whether it is mandatory. A role without a cell
 * at a level is not expected to know the skill there.
 */
@Entity
@Table(name = "cells")
public class Cell {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "skill_id")
	private Skill skill;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "role_id")
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "level_id")
	private Level level;

	/** The row's place in the export's table for its level, 1 first. */
	@Column(name = "row_position", nullable = false)
	private int rowPosition;

	@Column(nullable = false)
	private boolean required;

	@Column(nullable = false)
	private String description;

	protected Cell() {
	}

}
