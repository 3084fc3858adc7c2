package org.mandate.indicator;

/**
 * What the audit trail keeps of an imported file: its format, name (if any), size and SHA-256, so
 * that the file an import applied can be recognised later.
 */
public record ImportedFile(String format, String name, long size, String sha256) {
}
