package org.mandate.indicator;

/** A row read from a file, with its row number as a spreadsheet shows it, for error messages. */
public record Numbered<T>(int row, T value) {
}
