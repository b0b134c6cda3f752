package com.skillmatrix.matrix;

/**
 * A step of the growth path. Levels are data: their names, their number and their order come from the matrix.
 *
 * @param rank the level's place in the order, lowest first
 */
public record Level(String slug, String name, int rank) {

}
