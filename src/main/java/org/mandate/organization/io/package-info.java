/**
 * Import and export of org units, reorganisations and people as CSV or XLSX, in the columns of the
 * reference files under {@code demo/vinh-phuc/}. Published as a named interface so the demo loader
 * imports through the same pipeline as users do.
 */
@org.springframework.modulith.NamedInterface("io")
package org.mandate.organization.io;
