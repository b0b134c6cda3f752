package com.skillmatrix.matrix;

/** A job role, shared by every skill; its slug is a stable URL that HR links to. */
public record Role(String name, String slug) {

}
