package org.mandate.shared;

import java.time.LocalDate;

/**
 * The range every year, period and date that enters the application must fall in, and the
 * largest page a list returns. Years run from 1945 (the first People's Committees) to 2100 (beyond
 * any plan horizon a resolution sets): a year outside cannot name a term, a target or a deadline,
 * and accepting one would let a single request loop over billions of years.
 */
public final class Bounds {

    public static final int FIRST_YEAR = 1945;
    public static final int LAST_YEAR = 2100;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);
    /** The most rows one page of a list may ask for ({@code limit}, {@code size}). */
    public static final int MAX_PAGE = 5_000;

    private Bounds() {
    }

    public static boolean isYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean isDay(LocalDate day) {
        return day == null || !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /**
     * The year, or a 422 naming the field when outside {@link #FIRST_YEAR}..{@link #LAST_YEAR}.
     */
    public static int year(int year, String field) {
        if (!isYear(year)) {
            throw DomainException.invalid("bounds.year", field, field, year, FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }

    /** The date (null stays null), or a 422 naming the field when its year is outside the range. */
    public static LocalDate day(LocalDate day, String field) {
        if (!isDay(day)) {
            throw DomainException.invalid("bounds.day", field, field, day, FIRST_DAY, LAST_DAY);
        }
        return day;
    }
}
