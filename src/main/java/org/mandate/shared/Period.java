package org.mandate.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month ({@code 2024-03}), quarter ({@code 2024Q1}), half-year
 * ({@code 2024S1}) or year ({@code 2024}). {@link #toString()} prints the same form that
 * {@link #parse(String)} reads. Dates are calendar dates; see {@link ReportingCalendar} for the
 * Decree 09/2019 cut-off windows.
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})S([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        Objects.requireNonNull(type, "type");
        if (!Bounds.isYear(year)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int count = 12 / type.months();
        if (index < 1 || index > count) {
            throw new IllegalArgumentException(type + " index must be 1.." + count + ": " + index);
        }
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTER, year, quarter);
    }

    public static Period halfYear(int year, int half) {
        return new Period(PeriodType.HALF_YEAR, year, half);
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEAR, year, 1);
    }

    /**
     * Reads {@code 2024-03}, {@code 2024Q1}, {@code 2024S1} or {@code 2024} (case-insensitive,
     * surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Period parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("period is empty");
        }
        if (text.length() == 7 && text.charAt(4) == '-' && digits(text, 0, 4) && digits(text, 5, 7)) {
            // the common form (2024-03), without a pattern: an import reads a million of them
            try {
                return month(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a period: " + text, e);
            }
        }
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        try {
            if ((m = MONTH.matcher(s)).matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = HALF.matcher(s)).matches()) {
                return halfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = YEAR.matcher(s)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a period: " + text, e);
        }
        throw new IllegalArgumentException("not a period: " + text);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The period of the given type (calendar months) that contains the date. */
    public static Period containing(PeriodType type, LocalDate date) {
        int monthIndex = date.getMonthValue() - 1;
        return new Period(type, date.getYear(), monthIndex / type.months() + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (index - 1) * type.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(type.months() - 1L);
    }

    public LocalDate startDate() {
        return firstMonth().atDay(1);
    }

    public LocalDate endDate() {
        return lastMonth().atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    /** True when this period lies within the other (a month within its quarter or year). */
    public boolean isWithin(Period other) {
        return !startDate().isBefore(other.startDate()) && !endDate().isAfter(other.endDate());
    }

    public Period next() {
        YearMonth first = firstMonth().plusMonths(type.months());
        return containing(type, first.atDay(1));
    }

    public Period previous() {
        YearMonth first = firstMonth().minusMonths(type.months());
        return containing(type, first.atDay(1));
    }

    @Override
    public int compareTo(Period other) {
        int byStart = startDate().compareTo(other.startDate());
        return byStart != 0 ? byStart : Integer.compare(type.months(), other.type.months());
    }

    @Override
    public String toString() {
        return switch (type) {
            case MONTH -> "%04d-%02d".formatted(year, index);
            case QUARTER -> "%04dQ%d".formatted(year, index);
            case HALF_YEAR -> "%04dS%d".formatted(year, index);
            case YEAR -> "%04d".formatted(year);
        };
    }
}
