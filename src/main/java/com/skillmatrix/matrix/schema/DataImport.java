package com.skillmatrix.matrix.schema;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A load of the data folder that changed the matrix; its changes are the skills' change logs. */
@Entity
@Table(name = "data_imports")
public class DataImport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "imported_at", nullable = false)
	private LocalDateTime importedAt;

	protected DataImport() {
	}

}
