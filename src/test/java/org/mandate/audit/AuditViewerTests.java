package org.mandate.audit;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mandate.audit.store.AuditEntries;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.mandate.shared.ChangeRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.audit.AuditFixtures.admin;
import static org.mandate.audit.AuditFixtures.focalPoint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The audit viewer pages, the XLSX export and the listing API, as an administrator uses them. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditViewerTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditEntries entries;
    @Autowired
    AuditTrail trail;

    AuditFixtures fixtures;
    String type;
    List<AuditEntry> recorded;

    @BeforeEach
    void twoUnitsRenamedByTheFinanceDepartmentAndOneByTheAdministrator() {
        fixtures = new AuditFixtures(events, transaction, jdbc);
        type = AuditFixtures.freshEntityType();
        long mark = fixtures.mark();
        fixtures.renameCommitted(focalPoint(), type, "VP.STC", "Sở Tài chính", "Sở TC");
        fixtures.renameCommitted(admin(), type, "VP.VY", "Vĩnh Yên", "TP Vĩnh Yên");
        fixtures.renameCommitted(focalPoint(), type, "VP.PY", "Phúc Yên", "TP Phúc Yên");
        recorded = fixtures.recordedSince(mark, entries);
    }

    @Test
    void theViewerListsFilteredEntriesNewestFirstWithVietnameseDates() throws Exception {
        MvcTestResult page = mvc.get().uri("/audit?entityType={type}&actor=sotc", type).with(user(admin())).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText()
                .contains("Nhật ký thay đổi", "23/11/2026 09:00", "VP.PY", "VP.STC")
                .doesNotContain("VP.VY");
        String body = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body.indexOf("VP.PY")).isLessThan(body.indexOf("VP.STC"));
    }

    @Test
    void theViewerSpeaksEnglishOnRequest() {
        assertThat(mvc.get().uri("/audit?entityType={type}&lang=en", type).with(user(admin())))
                .hasStatusOk().bodyText().contains("Audit trail", "Export to Excel");
    }

    @Test
    void aDateRangeSelectsEntriesByTheProvincesCalendarDay() {
        assertThat(mvc.get().uri("/audit?entityType={type}&from=2026-11-24", type).with(user(admin())))
                .hasStatusOk().bodyText().doesNotContain("VP.STC");
        assertThat(mvc.get().uri("/audit?entityType={type}&from=2026-11-23&to=2026-11-23", type).with(user(admin())))
                .hasStatusOk().bodyText().contains("VP.STC");
    }

    @Test
    void anEntryShowsItsStateBeforeAndAfterSideBySide() {
        AuditEntry renamed = recorded.getFirst();

        assertThat(mvc.get().uri("/audit/{id}", renamed.id()).with(user(admin()))).hasStatusOk().bodyText()
                .contains("Trước thay đổi", "Sau thay đổi", "Sở Tài chính", "Sở TC", renamed.hash());
    }

    @Test
    void theVerificationPageReportsTheChainInTheReadersLanguage() {
        assertThat(mvc.get().uri("/audit/verify").with(user(admin()))).hasStatusOk().bodyText()
                .contains("Chuỗi nhật ký toàn vẹn");
        assertThat(mvc.get().uri("/audit/verify?lang=en").with(user(admin()))).hasStatusOk().bodyText()
                .contains("The audit chain is intact");
    }

    @Test
    void theExportHoldsExactlyTheFilteredEntries() throws Exception {
        MvcTestResult export = mvc.get().uri("/audit/export.xlsx?entityType={type}&actor=sotc", type)
                .with(user(admin())).exchange();

        assertThat(export).hasStatusOk().hasContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Người thực hiện");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add((long) row.getCell(0).getNumericCellValue() + " " + row.getCell(2).getStringCellValue()
                            + " " + row.getCell(5).getStringCellValue());
                }
            }
        }
        assertThat(rows).containsExactly(
                recorded.get(2).id() + " sotc VP.PY",
                recorded.get(0).id() + " sotc VP.STC");
    }

    @Test
    void exportsLargerThanOneReadingBatchHoldEveryEntryOnce() {
        String bulk = AuditFixtures.freshEntityType();
        for (int i = 0; i <= AuditTrail.BATCH_SIZE; i++) {
            events.publishEvent(AuditFixtures.change(bulk, "VP.U" + i, "old", "new"));
        }
        AuditFixtures.signIn(admin());
        try {
            List<String> exported = new ArrayList<>();
            trail.matching(new AuditFilter(null, null, null, null, bulk, null)).forEach(e -> exported.add(e.entityId()));
            assertThat(exported).hasSize(AuditTrail.BATCH_SIZE + 1).doesNotHaveDuplicates()
                    .startsWith("VP.U" + AuditTrail.BATCH_SIZE).endsWith("VP.U0");
        } finally {
            AuditFixtures.signOutAndForgetRequest();
        }
    }

    @Test
    void theApiListsFilteredEntriesWithTheirStatesAsJson() {
        assertThat(mvc.get().uri("/api/v1/audit?from=2026-11-23&to=2026-11-23&actor=sotc&entityType={type}", type)
                .with(user(admin()))).hasStatusOk().bodyJson()
                .extractingPath("$[*].entityId").asArray().containsExactly("VP.PY", "VP.STC");
        assertThat(mvc.get().uri("/api/v1/audit?entityType={type}&size=1&page=1", type).with(user(admin())))
                .hasStatusOk().bodyJson().extractingPath("$[0].after.nameVi").isEqualTo("TP Vĩnh Yên");
        assertThat(mvc.get().uri("/api/v1/audit?from=2026-11-24&entityType={type}", type).with(user(admin())))
                .hasStatusOk().bodyJson().extractingPath("$").asArray().isEmpty();
    }

    @Test
    void theApiRefusesPagesLargerThanItsMaximumAndReversedRanges() {
        assertThat(mvc.get().uri("/api/v1/audit?size=100000").with(user(admin()))).hasStatus(400).bodyJson()
                .extractingPath("$.field").isEqualTo("size");
        assertThat(mvc.get().uri("/api/v1/audit?from=2026-11-24&to=2026-11-23").with(user(admin()))).hasStatus(422);
    }

    @Test
    void whoeverMayNotReadTheAuditTrailIsRefusedAndTheRefusalIsRecorded() {
        long mark = fixtures.mark();

        assertThat(mvc.get().uri("/audit").with(user(focalPoint()))).hasStatus(403);
        assertThat(mvc.get().uri("/audit/export.xlsx").with(user(focalPoint()))).hasStatus(403);
        MvcTestResult api = mvc.get().uri("/api/v1/audit").with(user(focalPoint())).exchange();
        assertThat(api).hasStatus(403);

        List<AuditEntry> refusals = fixtures.recordedSince(mark, entries);
        assertThat(refusals).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("ACCESS_DENIED");
            assertThat(entry.actor()).isEqualTo("sotc");
        });
        assertThat(refusals.getLast().requestId()).isEqualTo(api.getResponse().getHeader("X-Request-Id"));
    }

    @Test
    void anInspectorReadsTheAuditTrailOfTheUnitsInItsScopeOnly() {
        MandateUser districtInspector = inspector("VP.VY");
        assertThat(mvc.get().uri("/audit?entityType={type}", type).with(user(districtInspector))).hasStatusOk()
                .bodyText().contains("VP.VY").doesNotContain("VP.STC", "VP.PY");
        assertThat(mvc.get().uri("/api/v1/audit?entityType={type}", type).with(user(districtInspector)))
                .hasStatusOk().bodyJson().extractingPath("$[*].orgUnitCode").asArray().containsExactly("VP.VY");
        AuditEntry vinhYen = recorded.stream().filter(e -> "VP.VY".equals(e.orgUnitCode())).findFirst().orElseThrow();
        AuditEntry finance = recorded.stream().filter(e -> "VP.STC".equals(e.orgUnitCode())).findFirst().orElseThrow();
        assertThat(mvc.get().uri("/audit/{id}", vinhYen.id()).with(user(districtInspector))).hasStatusOk();
        assertThat(mvc.get().uri("/audit/{id}", finance.id()).with(user(districtInspector))).hasStatus(404);
        assertThat(mvc.get().uri("/audit/verify").with(user(districtInspector))).hasStatusOk();

        MandateUser provinceInspector = inspector("VP");
        assertThat(mvc.get().uri("/api/v1/audit?entityType={type}", type).with(user(provinceInspector)))
                .hasStatusOk().bodyJson().extractingPath("$[*].orgUnitCode").asArray()
                .containsExactlyInAnyOrder("VP.STC", "VP.VY", "VP.PY");
    }

    @Test
    void theInspectorsExportHoldsOnlyTheEntriesOfItsScope() throws Exception {
        MvcTestResult export = mvc.get().uri("/audit/export.xlsx?entityType={type}", type)
                .with(user(inspector("VP.STC"))).exchange();
        assertThat(export).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
        }
    }

    @Test
    void actionsAndEntityTypesAreShownInTheReadersLanguage() {
        long mark = fixtures.mark();
        fixtures.signInAndPublish(admin(), new ChangeRecorded("TARGET_UPDATED", "Target", "VP.VY/BI01", "VP.VY",
                Map.of("value", 1), Map.of("value", 2)));
        AuditEntry entry = fixtures.recordedSince(mark, entries).getFirst();
        assertThat(mvc.get().uri("/audit?action=TARGET_UPDATED").with(user(admin()))).hasStatusOk().bodyText()
                .contains("Điều chỉnh chỉ tiêu được giao", "Chỉ tiêu được giao");
        assertThat(mvc.get().uri("/audit/{id}?lang=en", entry.id()).with(user(admin()))).hasStatusOk().bodyText()
                .contains("Target changed");
    }

    @Test
    void theDemoApprovalsNameTheSystemInTheReadersLanguage() {
        assertThat(mvc.get().uri("/audit?action=DATA_VALUE_APPROVED&actor=system").with(user(admin()))).hasStatusOk()
                .bodyText().contains("Phê duyệt số liệu", "Hệ thống").doesNotContain("<td>system</td>");
        assertThat(mvc.get().uri("/audit?action=DATA_VALUE_APPROVED&actor=system&lang=en").with(user(admin())))
                .hasStatusOk().bodyText().contains("Data value approved", "<td>System</td>");
    }

    private static MandateUser inspector(String scope) {
        return new MandateUser(7, "kiemtra", null, null, "vi", Set.of(Role.INSPECTOR), Set.of(scope), true, false);
    }
}
