package org.mandate.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.shared.Period;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPolicyTests {

    private static final LocalDate DUE = LocalDate.of(2025, 3, 20);

    private final ReminderPolicy policy = new ReminderPolicy(new NotificationSettings(List.of(7, 3, 1), 7, 14, 5,
            Set.of(Role.FOCAL_POINT), "http://localhost", new NotificationSettings.Mail(false, "x@y", null, 5)));

    private List<ReminderPolicy.Due> on(LocalDate today) {
        return policy.forTask(DUE, today);
    }

    @Test
    void sevenThreeAndOneDayBeforeTheDeadlineEachHaveTheirOwnReminder() {
        assertThat(on(DUE.minusDays(7))).containsExactly(new ReminderPolicy.Due(ReminderRule.DUE_SOON, DUE.minusDays(7), 7));
        assertThat(on(DUE.minusDays(3))).containsExactly(new ReminderPolicy.Due(ReminderRule.DUE_SOON, DUE.minusDays(3), 3));
        assertThat(on(DUE.minusDays(1))).containsExactly(new ReminderPolicy.Due(ReminderRule.DUE_SOON, DUE.minusDays(1), 1));
    }

    @Test
    void daysBetweenThresholdsRepeatTheLastReminderSoNothingNewIsSent() {
        assertThat(on(DUE.minusDays(5))).extracting(ReminderPolicy.Due::occurrence).containsExactly(DUE.minusDays(7));
        assertThat(on(DUE.minusDays(2))).extracting(ReminderPolicy.Due::occurrence).containsExactly(DUE.minusDays(3));
    }

    @Test
    void aTaskCreatedTwoDaysBeforeItsDeadlineGetsOnlyTheThreeDayReminder() {
        assertThat(on(DUE.minusDays(2))).singleElement().satisfies(due -> {
            assertThat(due.rule()).isEqualTo(ReminderRule.DUE_SOON);
            assertThat(due.days()).isEqualTo(2);
        });
    }

    @Test
    void farFromTheDeadlineAndOnTheDueDayNothingIsSent() {
        assertThat(on(DUE.minusDays(8))).isEmpty();
        assertThat(on(DUE)).isEmpty();
    }

    @Test
    void theDayAfterTheDeadlineTheTaskIsOverdueAndThenWeeklyWhileItStaysSo() {
        assertThat(on(DUE.plusDays(1))).containsExactly(new ReminderPolicy.Due(ReminderRule.OVERDUE, DUE.plusDays(1), 1));
        assertThat(on(DUE.plusDays(7))).extracting(ReminderPolicy.Due::rule).containsExactly(ReminderRule.OVERDUE);
        assertThat(on(DUE.plusDays(8))).containsExactly(
                new ReminderPolicy.Due(ReminderRule.OVERDUE_WEEKLY, DUE.plusDays(8), 8));
        assertThat(on(DUE.plusDays(12))).extracting(ReminderPolicy.Due::occurrence).containsExactly(DUE.plusDays(8));
    }

    @Test
    void overdueMoreThanFourteenDaysEscalatesOnceToTheHeadOfTheLeadUnit() {
        assertThat(on(DUE.plusDays(14))).extracting(ReminderPolicy.Due::rule).containsExactly(ReminderRule.OVERDUE_WEEKLY);
        assertThat(on(DUE.plusDays(15))).contains(new ReminderPolicy.Due(ReminderRule.ESCALATION, DUE.plusDays(15), 15));
        assertThat(on(DUE.plusDays(40))).contains(new ReminderPolicy.Due(ReminderRule.ESCALATION, DUE.plusDays(15), 40));
    }

    @Test
    void missingReportsForAMonthAreChasedFiveDaysAfterItEnds() {
        assertThat(policy.chaseReports(Period.month(2025, 3), LocalDate.of(2025, 4, 4))).isFalse();
        assertThat(policy.chaseReports(Period.month(2025, 3), LocalDate.of(2025, 4, 5))).isTrue();
        assertThat(policy.forMissingReport(Period.month(2025, 3), LocalDate.of(2025, 4, 5)))
                .isEqualTo(new ReminderPolicy.Due(ReminderRule.MISSING_REPORT, LocalDate.of(2025, 3, 31), 5));
    }
}
