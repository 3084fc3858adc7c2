package org.mandate.shared;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of Vietnamese đồng. VND has no minor unit in use, so amounts are whole đồng held in a
 * {@code long} (stored as {@code bigint}); never floating point.
 */
public record Money(long dong) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofDong(long dong) {
        return new Money(dong);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(dong, other.dong));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(dong, other.dong));
    }

    public boolean isNegative() {
        return dong < 0;
    }

    /** "1.234.567 ₫" in Vietnamese, "₫1,234,567" style grouping in English. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        return format.format(dong) + " ₫";
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(dong, other.dong);
    }
}
