package org.mandate.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.mandate.shared.Period;
import org.mandate.shared.PeriodType;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Tasks the test says are open or missing a report, in place of the delivery module's. */
class FakeTaskDeadlines implements TaskDeadlines {

    final List<TaskDeadline> open = new CopyOnWriteArrayList<>();
    final List<TaskDeadline> missingReports = new CopyOnWriteArrayList<>();

    @Override
    public void eachOpen(LocalDate asOf, Consumer<TaskDeadline> action) {
        List.copyOf(open).forEach(action);
    }

    /** The tasks of {@link #missingReports}, as missing the month closed before the date. */
    @Override
    public List<MissingReports> missingReports(LocalDate asOf) {
        return List.of(new MissingReports(Period.containing(PeriodType.MONTH, asOf).previous(),
                List.copyOf(missingReports)));
    }

    void clear() {
        open.clear();
        missingReports.clear();
    }

    /** An open task of Vĩnh Yên city due on the date. */
    static TaskDeadline vinhYenTask(String code, LocalDate due) {
        return new TaskDeadline(code, "Chỉnh trang đô thị, hạ ngầm lưới điện trung tâm", "VP.VY", null, due);
    }

    static TaskDeadline financeTask(String code, LocalDate due) {
        return new TaskDeadline(code, "Quyết toán ngân sách tỉnh năm 2024", "VP.STC", null, due);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        FakeTaskDeadlines fakeTaskDeadlines() {
            return new FakeTaskDeadlines();
        }
    }
}
