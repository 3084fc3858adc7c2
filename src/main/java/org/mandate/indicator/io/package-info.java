/**
 * Files of the indicator module: the catalogue and targets in the reference files' columns, data
 * values as CSV/XLSX and in the DHIS2 data value set formats (JSON and CSV), read through the one
 * tabular pipeline of {@code shared.io}.
 */
@org.springframework.modulith.NamedInterface("io")
package org.mandate.indicator.io;
