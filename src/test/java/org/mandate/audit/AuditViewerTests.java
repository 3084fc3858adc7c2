package org.mandate.audit;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.mandate.audit.store.AuditEntries;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
}
