package com.skillmatrix.matrix;

/** A broad area of the matrix that groups categories of skills, by its name and slug. */
public record Domain(String name, String slug) {

}
