package org.mandate.organization;

/**
 * What an import did (or, on a dry run, would do).
 *
 * @param created new units, reorganisations or people
 * @param updated existing ones whose stored values changed
 * @param unchanged rows that matched what is stored
 */
public record ImportCounts(int created, int updated, int unchanged, boolean dryRun) {
}
