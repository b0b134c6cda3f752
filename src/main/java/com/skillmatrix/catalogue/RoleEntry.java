package com.skillmatrix.catalogue;

/** A role in the catalogue's list, with the number of skills that name it. */
record RoleEntry(String name, String slug, long skills) {

}
