package org.mandate.system.web;

import org.mandate.shared.Period;
import org.mandate.shared.PeriodType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reporting periods as a reader says them: "tháng 10/2026", "quý III/2026", "6 tháng đầu năm 2026",
 * "năm 2026" in Vietnamese ("10/2026", "Q3 2026", "H1 2026", "2026" in English). Forms and links keep
 * the period's code ({@code 2026-10}, {@code 2026Q3}); templates call this as {@code @periods.label(p)}.
 */
@Component("periods")
public class PeriodLabels {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final MessageSource messages;

    PeriodLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of a period, given as a {@link Period} or its code; a text that is no period is returned as it is. */
    public String label(Object period) {
        if (period == null) {
            return "";
        }
        Period p;
        try {
            p = period instanceof Period given ? given : Period.parse(period.toString());
        } catch (IllegalArgumentException e) {
            return period.toString();
        }
        String key = switch (p.type()) {
            case MONTH -> "period.label.MONTH";
            case QUARTER -> "period.label.QUARTER";
            case HALF_YEAR -> "period.label.HALF_YEAR." + p.index();
            case YEAR -> "period.label.YEAR";
        };
        // years and indexes as text: a number argument would be grouped ("2.026")
        String index = p.type() == PeriodType.QUARTER ? ROMAN[p.index() - 1]
                : String.valueOf(p.index());
        return messages.getMessage(key, new Object[] {String.valueOf(p.year()), index, String.valueOf(p.index())},
                LocaleContextHolder.getLocale());
    }
}
