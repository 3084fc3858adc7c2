package org.mandate.system.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mandate.shared.Period;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Periods as officials say them, in both languages; codes stay codes in forms and links. */
class PeriodLabelsTests {

    private final PeriodLabels labels = new PeriodLabels(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/system");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void vietnameseLabelsNameTheMonthTheQuarterInRomanNumeralsAndTheHalfYear() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(labels.label("2026-10")).isEqualTo("tháng 10/2026");
        assertThat(labels.label(Period.parse("2026Q3"))).isEqualTo("quý III/2026");
        assertThat(labels.label("2025S1")).isEqualTo("6 tháng đầu năm 2025");
        assertThat(labels.label("2025S2")).isEqualTo("6 tháng cuối năm 2025");
        assertThat(labels.label("2024")).isEqualTo("năm 2024");
    }

    @Test
    void englishLabelsAreShortAndTextThatIsNoPeriodStaysAsItIs() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.label("2026-10")).isEqualTo("10/2026");
        assertThat(labels.label("2026Q3")).isEqualTo("Q3 2026");
        assertThat(labels.label("2025S1")).isEqualTo("H1 2025");
        assertThat(labels.label("2024")).isEqualTo("2024");
        assertThat(labels.label("not a period")).isEqualTo("not a period");
        assertThat(labels.label(null)).isEmpty();
    }
}
