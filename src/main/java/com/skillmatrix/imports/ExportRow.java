package com.skillmatrix.imports;

/**
 * One row of a level table: what a role is expected to know at that level.
 *
 * @param line the row's line number in the export, for messages
 */
public record ExportRow(String role, String description, boolean required, int line) {
}
