package org.mandate.shared.io;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The number rule: Vietnamese grouping accepted where unambiguous, ambiguity reported, never guessed. */
class NumberTextTests {

    static BigDecimal read(String text) {
        return NumberText.human(text).value();
    }

    static NumberText.Problem problem(String text) {
        return NumberText.human(text).problem();
    }

    @Test
    void vietnameseGroupingAndDecimalCommaAreRead() {
        assertThat(read("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(read("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(read("12,5")).isEqualByComparingTo("12.5");
        assertThat(read("12.5")).isEqualByComparingTo("12.5");
        assertThat(read("0,125")).isEqualByComparingTo("0.125");
        assertThat(read("1234,567")).isEqualByComparingTo("1234.567");
        assertThat(read("-3")).isEqualByComparingTo("-3");
        assertThat(read("42 924")).isEqualByComparingTo("42924");
    }

    @Test
    void plainNumbersReadInOnePassAsThePatternsReadThem() {
        assertThat(read("256676.66")).isEqualByComparingTo("256676.66");
        assertThat(read("-12,5")).isEqualByComparingTo("-12.5");
        assertThat(read("+0012.5")).isEqualByComparingTo("12.5");
        assertThat(read("1234.567")).isEqualByComparingTo("1234.567");
        assertThat(read("0.123")).isEqualByComparingTo("123");
        assertThat(read("-7")).isEqualByComparingTo("-7");
        assertThat(problem("1.")).isEqualTo(NumberText.Problem.NOT_A_NUMBER);
        assertThat(problem(".5")).isEqualTo(NumberText.Problem.NOT_A_NUMBER);
        assertThat(problem("-")).isEqualTo(NumberText.Problem.NOT_A_NUMBER);
        assertThat(problem("1.2.3")).isEqualTo(NumberText.Problem.NOT_A_NUMBER);
    }

    @Test
    void ambiguousNumbersAreReportedNotGuessed() {
        assertThat(problem("1,234")).isEqualTo(NumberText.Problem.AMBIGUOUS);
        assertThat(problem("1.234")).isEqualTo(NumberText.Problem.AMBIGUOUS);
        assertThat(problem("1,234.5")).isEqualTo(NumberText.Problem.AMBIGUOUS);
        assertThat(problem("1,234,567")).isEqualTo(NumberText.Problem.AMBIGUOUS);
    }

    @Test
    void textIsNotANumber() {
        assertThat(problem("mười")).isEqualTo(NumberText.Problem.NOT_A_NUMBER);
        assertThat(problem("12a")).isEqualTo(NumberText.Problem.NOT_A_NUMBER);
        assertThat(NumberText.machine("1,5").problem()).isEqualTo(NumberText.Problem.NOT_A_NUMBER);
        assertThat(NumberText.machine("1.234").value()).isEqualByComparingTo("1.234");
    }

    @Test
    void exportedNumbersReadBackAsTheSameNumber() {
        assertThat(NumberText.unambiguous(new BigDecimal("1.234"))).isEqualTo("1.2340");
        assertThat(read(NumberText.unambiguous(new BigDecimal("1.234")))).isEqualByComparingTo("1.234");
        assertThat(NumberText.vietnamese(new BigDecimal("1234.5"), 1)).isEqualTo("1.234,5");
    }
}
