/**
 * The one place that knows which database Mandate runs on: {@link org.mandate.shared.sql.SqlDialect},
 * chosen at start-up, for PostgreSQL (production) and H2 (embedded), and the text of
 * {@code COPY … FROM STDIN} ({@link org.mandate.shared.sql.CopyText}). Modules' store packages
 * call it; no other code reads the product name or uses the PostgreSQL driver (ArchitectureTests).
 */
package org.mandate.shared.sql;
