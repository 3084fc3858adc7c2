/**
 * Import and export of plan items as CSV or XLSX in the columns of tasks.csv (plus completed_date,
 * extended_due_date, responsible_username), and export of filtered task lists. Published as a named
 * interface so the demo loader imports through the same pipeline as users do.
 */
@org.springframework.modulith.NamedInterface("io")
package org.mandate.delivery.io;
