package org.mandate.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.organization.OrgFixtures;
import org.mandate.shared.Period;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.delivery.DeliveryFixtures.provincialOffice;
import static org.mandate.delivery.DeliveryFixtures.viewer;
import static org.mandate.delivery.DeliveryFixtures.vinhYenFocalPoint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A unit asked to report quarterly, on the demo programme as of 23/11/2026: G2.7 (in progress) is led
 * by Planning and Investment (VP.SKHDT), which reported it monthly for 2026-09 and 2026-10. Once the
 * province asks the department to report quarterly, the task is missing its report for the last
 * closed quarter (2026Q3), not for a month; its reports must be quarters; withdrawing the request
 * brings the monthly rule back. Only whoever may assign tasks to the unit may change its period; a
 * stale version is refused; every change is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ReportingScheduleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Delivery delivery;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void everyUnitReportsMonthlyAgain() {
        jdbc.sql("DELETE FROM reporting_schedule").update();
    }

    static RequestPostProcessor planningFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.SKHDT"));
    }

    private List<String> missing(String period) {
        return delivery.missingReportsForJobs(TODAY, null).stream().filter(m -> m.period().toString().equals(period))
                .flatMap(m -> m.tasks().stream()).map(TaskSummary::code).toList();
    }

    private long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = 'VP.SKHDT'")
                .param("a", action).query(Long.class).single();
    }

    private void putQuarterly(String version) {
        assertThat(mvc.put().uri("/api/v1/reporting-schedules/VP.SKHDT").with(provincialOffice())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"periodType\":\"QUARTER\"" + (version == null ? "" : ",\"version\":" + version) + "}"))
                .hasStatusOk().bodyJson().extractingPath("$.periodType").isEqualTo("QUARTER");
    }

    @Test
    void aUnitAskedToReportQuarterlyIsChasedForTheLastClosedQuarterAndReportsByQuarters() {
        assertThat(delivery.missingReportsForJobs(TODAY, null)).extracting(m -> m.period().toString())
                .containsExactly("2026-10");
        assertThat(missing("2026-10")).doesNotContain("G2.7");
        long set = audited("REPORTING_SCHEDULE_SET");
        long cleared = audited("REPORTING_SCHEDULE_CLEARED");

        putQuarterly(null);

        assertThat(delivery.missingReportsForJobs(TODAY, null)).extracting(MissingReports::period)
                .containsExactly(Period.parse("2026-10"), Period.parse("2026Q3"));
        assertThat(missing("2026Q3")).contains("G2.7");
        assertThat(delivery.missingReportsForJobs(TODAY, null).get(1).tasks())
                .allMatch(t -> t.leadUnitCode().equals("VP.SKHDT"));
        assertThat(missing("2026-10")).doesNotContain("G2.7");
        assertThat(audited("REPORTING_SCHEDULE_SET")).isEqualTo(set + 1);

        // the department's own page says which quarter is missing
        assertThat(mvc.get().uri("/my-work").with(planningFocalPoint())).hasStatusOk().bodyText()
                .contains("Chưa báo cáo quý III/2026").contains("G2.7");

        // a month is refused, naming the field, and nothing is written; the quarter is taken
        long reports = jdbc.sql("SELECT COUNT(*) FROM progress_report").query(Long.class).single();
        assertThat(mvc.post().uri("/tasks/G2.7/progress").with(planningFocalPoint()).with(csrf())
                .param("period", "2026-11").param("percentDone", "90"))
                .hasStatus(422).bodyText().contains("Đơn vị chủ trì báo cáo theo quý").contains("id=\"period-error\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_report").query(Long.class).single()).isEqualTo(reports);
        assertThat(mvc.get().uri("/tasks/G2.7").with(planningFocalPoint())).bodyText()
                .contains("<option value=\"2026Q4\"").doesNotContain("<option value=\"2026-11\"");
        assertThat(mvc.post().uri("/api/v1/tasks/G2.7/progress-reports").with(planningFocalPoint())
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2026Q3\",\"percentDone\":85}"))
                .hasStatus(201);
        assertThat(missing("2026Q3")).doesNotContain("G2.7");

        // withdrawn on the version read: monthly again
        assertThat(mvc.delete().uri("/api/v1/reporting-schedules/VP.SKHDT?version=0").with(provincialOffice()))
                .hasStatus(204);
        assertThat(delivery.missingReportsForJobs(TODAY, null)).extracting(m -> m.period().toString())
                .containsExactly("2026-10");
        assertThat(audited("REPORTING_SCHEDULE_CLEARED")).isEqualTo(cleared + 1);
    }

    @Test
    void onlyWhoeverAssignsTasksToTheUnitChangesItsPeriodAndAStaleVersionIsRefused() {
        for (RequestPostProcessor caller : List.of(vinhYenFocalPoint(), viewer(), planningFocalPoint())) {
            assertThat(mvc.put().uri("/api/v1/reporting-schedules/VP.SKHDT").with(caller)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"periodType\":\"QUARTER\"}")).hasStatus(403);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_schedule").query(Long.class).single()).isZero();

        putQuarterly(null);
        // someone who read no schedule, or an older version, does not overwrite the change
        assertThat(mvc.put().uri("/api/v1/reporting-schedules/VP.SKHDT").with(provincialOffice())
                .contentType(MediaType.APPLICATION_JSON).content("{\"periodType\":\"YEAR\"}")).hasStatus(409);
        assertThat(mvc.put().uri("/api/v1/reporting-schedules/VP.SKHDT").with(provincialOffice())
                .contentType(MediaType.APPLICATION_JSON).content("{\"periodType\":\"HALF_YEAR\",\"version\":0}"))
                .hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
        assertThat(mvc.delete().uri("/api/v1/reporting-schedules/VP.SKHDT?version=0").with(provincialOffice()))
                .hasStatus(409);
        assertThat(mvc.get().uri("/api/v1/reporting-schedules").with(viewer())).hasStatusOk().bodyJson()
                .extractingPath("$.schedules[0]").satisfies(s -> assertThat(s.toString())
                        .contains("unit=VP.SKHDT", "periodType=HALF_YEAR", "version=1"));
        // a unit outside the viewer's scope is not listed to it
        assertThat(mvc.get().uri("/api/v1/reporting-schedules").with(vinhYenFocalPoint())).bodyJson()
                .extractingPath("$.schedules").asArray().isEmpty();

        // the page: unknown unit refused on the form, the unit's row with its period
        assertThat(mvc.post().uri("/reporting-schedules").with(provincialOffice()).with(csrf())
                .param("unit", "VP.NOWHERE").param("periodType", "QUARTER"))
                .hasStatus(422).bodyText().contains("Không có đơn vị mã &quot;VP.NOWHERE&quot;").contains("id=\"unit-error\"");
        assertThat(mvc.get().uri("/reporting-schedules").with(provincialOffice())).hasStatusOk().bodyText()
                .contains("id=\"schedule-VP.SKHDT\"").contains("6 tháng").contains("id=\"schedule-form\"");
        assertThat(mvc.post().uri("/reporting-schedules/VP.SKHDT/clear").with(provincialOffice()).with(csrf())
                .param("version", "1")).hasStatus(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_schedule").query(Long.class).single()).isZero();
    }
}
