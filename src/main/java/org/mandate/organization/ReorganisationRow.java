package org.mandate.organization;

/** One row of a reorganisations file: the reorganisation it asks for, and its row number. */
public record ReorganisationRow(int row, ReorganisationRequest request) {
}
