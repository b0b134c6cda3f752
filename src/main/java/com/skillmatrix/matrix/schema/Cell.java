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
 * What one role is expected to know of one skill at one level, and whether it is required. A role without a cell
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

	/** The cell's place in its level's table, 1 first, in the order of the data folder. */
	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean required;

	@Column(nullable = false)
	private String description;

	protected Cell() {
	}

}
