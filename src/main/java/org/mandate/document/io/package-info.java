/**
 * Import and export of the document registry as CSV or XLSX in the columns of documents.csv.
 * Published as a named interface so the demo loader imports through the same pipeline as users do.
 */
@org.springframework.modulith.NamedInterface("io")
package org.mandate.document.io;
