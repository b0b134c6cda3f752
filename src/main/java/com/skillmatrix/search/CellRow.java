package com.skillmatrix.search;

/** One cell as the index reads it: its skill, role and level by slug, whether it is required, and its text. */
public record CellRow(String skill, String role, String level, boolean required, String description) {

}
