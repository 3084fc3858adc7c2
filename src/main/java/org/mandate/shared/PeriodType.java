package org.mandate.shared;

/** The length of a reporting period. */
public enum PeriodType {
    /** A calendar month, written {@code 2024-03}. */
    MONTH(1),
    /** A quarter, written {@code 2024Q1}. */
    QUARTER(3),
    /** A half-year ("six months", sáu tháng), written {@code 2024S1}. */
    HALF_YEAR(6),
    /** A year, written {@code 2024}. */
    YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
