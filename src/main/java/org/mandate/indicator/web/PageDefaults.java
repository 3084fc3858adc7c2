package org.mandate.indicator.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.mandate.access.AccessPolicy;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.shared.io.NumberText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the indicator pages choose when the request does not say (the caller's first scope unit, the
 * latest year with targets, the end of the latest period with data), and numbers in the reader's
 * language ({@code 1.234,5} in Vietnamese). Templates call it as {@code @indicatorFormat}.
 */
@Component("indicatorFormat")
public class PageDefaults {

    private final IndicatorCatalogue catalogue;
    private final AccessPolicy access;
    private final Clock clock;

    PageDefaults(IndicatorCatalogue catalogue, AccessPolicy access, Clock clock) {
        this.catalogue = catalogue;
        this.access = access;
        this.clock = clock;
    }

    String unit(String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip();
        }
        List<String> withTargets = catalogue.unitsWithTargets();
        return access.currentUser().flatMap(u -> u.scopeUnitCodes().stream().sorted().findFirst())
                .orElse(withTargets.isEmpty() ? "VP" : withTargets.getFirst());
    }

    int year(Integer requested, String unit) {
        if (requested != null) {
            return requested;
        }
        int today = LocalDate.now(clock).getYear();
        return catalogue.targets(null, unit, null).stream().mapToInt(t -> t.year()).filter(y -> y <= today).max()
                .orElse(today);
    }

    LocalDate asOf(LocalDate requested, String unit, int year) {
        if (requested != null) {
            return requested;
        }
        LocalDate latest = catalogue.latestDataEnd(unit, year);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate cap = today.isBefore(yearEnd) ? today : yearEnd;
        return latest == null || latest.isAfter(cap) ? cap : latest;
    }

    /** The number at the decimals, in the reader's language; empty for none. */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        if (Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())) {
            return String.format(Locale.ENGLISH, "%,." + decimals + "f", value);
        }
        return NumberText.vietnamese(value, decimals);
    }

    /**
     * A stored value as the entry grid shows it for editing: every decimal kept, in the reader's
     * language ({@code 1.234,5}), and always read back by {@link NumberText#human} as the same number.
     */
    public String typed(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        if (Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())) {
            return NumberText.unambiguous(plain);
        }
        String text = NumberText.vietnamese(plain, plain.scale());
        if (NumberText.human(text).problem() == null) {
            return text;
        }
        // one group of three after one to three digits: 4.000 becomes 4.000,0 and 1,234 becomes 1,2340
        return text.indexOf(',') < 0 ? text + ",0" : text + "0";
    }

    /** A likelihood as a percentage. */
    public String percent(BigDecimal likelihood) {
        return likelihood == null ? "" : likelihood.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }

    /** Bootstrap colour of a verdict or status. */
    public String colour(Object verdictOrStatus) {
        return switch (String.valueOf(verdictOrStatus)) {
            case "EXCEEDED", "ON_TRACK" -> "success";
            case "ACHIEVED" -> "primary";
            case "AT_RISK" -> "warning";
            case "NOT_ACHIEVED", "HARD_TO_ACHIEVE" -> "danger";
            default -> "secondary";
        };
    }
}
