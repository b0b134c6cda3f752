package com.skillmatrix.search;

/** A broad area of the matrix, such as Security: what the domain filter names. */
public record Domain(String name, String slug) {

}
