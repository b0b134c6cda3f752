package com.skillmatrix.loading;

/**
 * One file of the data folder, as read: its name (which gives an export's skill slug) and its bytes.
 *
 * @param path how messages name the file, such as {@code /srv/matrix/kubernetes.txt}
 */
public record DataFile(String name, String path, byte[] bytes) {
}
