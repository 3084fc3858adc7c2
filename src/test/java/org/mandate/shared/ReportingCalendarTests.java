package org.mandate.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decree 09/2019/NĐ-CP, Article 12: "Thời gian chốt số liệu báo cáo định kỳ hằng tháng: tính từ
 * ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo"; quarterly from the 15th of the month
 * before the quarter to the 14th of the quarter's last month; yearly from 15 December of the
 * previous year to 14 December.
 */
class ReportingCalendarTests {

    private final ReportingCalendar decree09 = ReportingCalendar.decree09();

    @Test
    void monthlyDataRunsFromTheFifteenthOfThePreviousMonthToTheFourteenth() {
        Period march = Period.month(2024, 3);
        assertThat(decree09.start(march)).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(decree09.end(march)).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void quarterlyDataRunsFromTheFifteenthBeforeTheQuarterToTheFourteenthOfItsLastMonth() {
        Period q1 = Period.quarter(2024, 1);
        assertThat(decree09.start(q1)).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(decree09.end(q1)).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void yearlyDataRunsFromFifteenDecemberToFourteenDecember() {
        Period year = Period.year(2024);
        assertThat(decree09.start(year)).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(decree09.end(year)).isEqualTo(LocalDate.of(2024, 12, 14));
    }

    @Test
    void aDayAfterTheCutOffBelongsToTheNextPeriod() {
        assertThat(decree09.periodContaining(PeriodType.MONTH, LocalDate.of(2024, 3, 20))).isEqualTo(Period.month(2024, 4));
        assertThat(decree09.periodContaining(PeriodType.MONTH, LocalDate.of(2024, 3, 14))).isEqualTo(Period.month(2024, 3));
        assertThat(decree09.periodContaining(PeriodType.YEAR, LocalDate.of(2024, 12, 20))).isEqualTo(Period.year(2025));
    }

    @Test
    void theCutOffDayIsConfigurableAndCalendarMonthsRemainAvailable() {
        assertThat(ReportingCalendar.decree09(20).end(Period.month(2024, 3))).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(ReportingCalendar.CALENDAR.start(Period.month(2024, 3))).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(ReportingCalendar.CALENDAR.end(Period.month(2024, 3))).isEqualTo(LocalDate.of(2024, 3, 31));
    }
}
