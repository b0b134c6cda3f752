package com.skillmatrix.matrix;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The levels of the matrix, which every skill shares. */
public interface Levels extends Repository<com.skillmatrix.matrix.schema.Level, Long> {

	/** Every level, lowest first. */
	@Query("select new com.skillmatrix.matrix.Level(l.slug, l.name, l.rank) from Level l order by l.rank")
	List<Level> findAll();

}
