/**
 * The one import/export pipeline for tabular files: reading CSV or XLSX into numbered rows of
 * NFC-normalised text (never evaluating formulas), and writing the same formats. Modules validate
 * the rows, collect every {@link org.mandate.shared.RowError}, and apply all rows in one
 * transaction or none.
 */
package org.mandate.shared.io;
