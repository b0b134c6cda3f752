package com.skillmatrix.index;

/**
 * A search: the words typed, and the filters that narrow it, each a slug or null where it is not set.
 *
 * @param requiredOnly whether only required cells are wanted
 */
public record SearchQuery(String text, String level, String role, String domain, boolean requiredOnly) {

}
