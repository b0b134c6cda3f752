package com.skillmatrix.index;

import java.util.List;

/**
 * A word of the search and the stems it stands for: its own, or those of the matrix's words one edit away.
 *
 * @param found whether the matrix holds it, or a word one edit away
 */
record Word(String text, List<String> stems, boolean found) {

}
