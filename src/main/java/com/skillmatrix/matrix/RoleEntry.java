package com.skillmatrix.matrix;

/** A role in a list of roles, with the number of skills that name it. */
public record RoleEntry(String name, String slug, long skills) {

}
