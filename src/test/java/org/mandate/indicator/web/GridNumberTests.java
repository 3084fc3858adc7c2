package org.mandate.indicator.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandate.shared.io.NumberText;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored values as the entry grid shows them for editing: Vietnamese format that reads back unchanged. */
class GridNumberTests {

    private final PageDefaults format = new PageDefaults(null, null, null);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4000;4.000,0", "4000.00;4.000,0", "1234.5;1.234,5", "1.234;1,2340",
            "1234567;1.234.567", "12.5;12,5", "0.125;0,125", "600.00;600", "-2500;-2.500,0", "12500.75;12.500,75"})
    void aStoredValueIsShownInVietnameseAndReadsBackAsTheSameNumber(String stored, String shown) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        BigDecimal value = new BigDecimal(stored);
        assertThat(format.typed(value)).isEqualTo(shown);
        assertThat(NumberText.human(format.typed(value)).value()).isEqualByComparingTo(value);
    }

    @Test
    void inEnglishTheGridShowsAPlainNumberThatReadsBack() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(format.typed(new BigDecimal("4000.50"))).isEqualTo("4000.5");
        assertThat(NumberText.human(format.typed(new BigDecimal("1.234"))).value()).isEqualByComparingTo("1.234");
    }
}
