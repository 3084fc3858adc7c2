package org.mandate.indicator;

import java.math.BigDecimal;

/**
 * A target of one indicator for one org unit: for a year (ANNUAL) or for a term (TERM, {@code year}
 * is the term's last year and it runs from {@code termStartYear}), with the baseline it starts from
 * and the document that set it. {@code version} is the stored version as read (optimistic locking: a
 * change naming an older one is refused), null for a new target or a replacement by import.
 */
public record Target(String indicatorCode, String unitCode, TargetKind kind, int year, Integer termStartYear,
                     BigDecimal value, Integer baselineYear, BigDecimal baselineValue, String document,
                     Integer version) {

    /** A target whose stored version is not known: new, or replaced by an import. */
    public Target(String indicatorCode, String unitCode, TargetKind kind, int year, Integer termStartYear,
                  BigDecimal value, Integer baselineYear, BigDecimal baselineValue, String document) {
        this(indicatorCode, unitCode, kind, year, termStartYear, value, baselineYear, baselineValue, document, null);
    }

    public Target {
        if (kind == TargetKind.TERM && termStartYear == null) {
            termStartYear = baselineYear != null && baselineYear < year ? baselineYear + 1 : year - 4;
        }
        if (kind == TargetKind.ANNUAL) {
            termStartYear = null;
        }
    }

    /** The same target as changed from the given version. */
    public Target withVersion(Integer readVersion) {
        return new Target(indicatorCode, unitCode, kind, year, termStartYear, value, baselineYear, baselineValue,
                document, readVersion);
    }

    /** First year counted: the year itself for an annual target. */
    public int firstYear() {
        return kind == TargetKind.TERM ? termStartYear : year;
    }

    /** Number of years the target covers. */
    public int years() {
        return year - firstYear() + 1;
    }

    /** Key of the target within the unit: {@code GRDP_GROWTH/ANNUAL/2024}. */
    public String key() {
        return indicatorCode + "/" + kind + "/" + year;
    }
}
