/**
 * The tables of the matrix as JPA entities. They are what JPQL queries name and what Hibernate validates the
 * migrations' schema against; pages never hold them, but read records of {@code com.skillmatrix.matrix} shaped
 * for each page.
 */
package com.skillmatrix.matrix.schema;
