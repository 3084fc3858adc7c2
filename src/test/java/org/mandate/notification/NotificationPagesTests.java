package org.mandate.notification;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.notification.FakeTaskDeadlines.financeTask;
import static org.mandate.notification.FakeTaskDeadlines.vinhYenTask;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@SpringBootTest(properties = "mandate.notification.cron=-")
@AutoConfigureMockMvc
@Import(FakeTaskDeadlines.Configuration.class)
class NotificationPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    FakeTaskDeadlines tasks;
    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void openTasks() {
        tasks.clear();
        tasks.open.add(vinhYenTask("CAL.VY.1", LocalDate.of(2026, 12, 15)));
        tasks.open.add(financeTask("CAL.STC.1", LocalDate.of(2026, 12, 20)));
    }

    @Test
    void theCalendarFeedListsTheDeadlinesOfTheUnitsInScopeAsValidICalendar() throws Exception {
        String feed = issueFeed(vinhYen());

        MvcTestResult result = mvc.get().uri(feed).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()));
        List<String> uids = calendar.getComponents(Component.VEVENT).stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
        assertThat(uids).contains("task-CAL.VY.1@mandate").doesNotContain("task-CAL.STC.1@mandate");
        assertThat(calendar.getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals("task-CAL.VY.1@mandate"))
                .map(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue())).containsExactly("20261215");
    }

    @Test
    void regeneratingTheFeedKillsTheOldUrlAndAnUnknownTokenIsNotFound() {
        String first = issueFeed(vinhYen());
        String second = issueFeed(vinhYen());

        assertThat(mvc.get().uri(first)).hasStatus(404);
        assertThat(mvc.get().uri(second)).hasStatusOk();
        assertThat(mvc.get().uri("/calendar/not-a-token.ics")).hasStatus(404);
    }

    @Test
    void theTokenIsStoredOnlyAsAHash() {
        String feed = issueFeed(vinhYen());
        String token = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());

        List<String> stored = jdbc.sql("SELECT token_hash FROM calendar_feed").query(String.class).list();
        assertThat(stored).doesNotContain(token).contains(CalendarFeeds.hash(token));
    }

    @Test
    void noticesAppearOnTheNoticesPageWithTheUnreadCountInTheMenu() {
        tasks.open.add(vinhYenTask("PAGE.VY.1", LocalDate.of(2025, 3, 13)));
        reminders.run(LocalDate.of(2025, 3, 10));

        MvcTestResult page = mvc.get().uri("/notices?lang=en").with(vinhYen()).exchange();

        assertThat(page).hasStatusOk().bodyText().contains("PAGE.VY.1").contains("is due on 13/03/2025, in 3 days")
                .contains("id=\"nav-notices\"");
        assertThat(mvc.post().uri("/notices/read").with(vinhYen()).with(csrf())).hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE task_code = 'PAGE.VY.1' AND read_at IS NULL")
                .query(Long.class).single()).isZero();
    }

    @Test
    void administratorsSeeTheLastRunAndOthersAreRefused() {
        reminders.run(LocalDate.of(2026, 11, 23));

        assertThat(mvc.get().uri("/notifications/runs?lang=en").with(user(admin()))).hasStatusOk().bodyText()
                .contains("Last run:");
        assertThat(mvc.get().uri("/notifications/runs").with(vinhYen())).hasStatus(403);
    }

    @Test
    void aUserSwitchesEmailOffAndABadAddressIsRefused() {
        assertThat(mvc.post().uri("/notifications/preferences").param("emailAddress", "yen@vinhyen.gov.vn")
                .with(vinhYen()).with(csrf())).hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT email_enabled FROM notification_preference WHERE account_id = :a")
                .param("a", accountId("vinhyen")).query(Boolean.class).single()).isFalse();
        assertThat(mvc.post().uri("/notifications/preferences").param("emailEnabled", "true")
                .param("emailAddress", "not an address").with(vinhYen()).with(csrf())).hasStatus(422);
    }

    private String issueFeed(RequestPostProcessor who) {
        MvcTestResult issued = mvc.post().uri("/notifications/calendar").with(who).with(csrf()).exchange();
        assertThat(issued).hasStatus3xxRedirection();
        String url = (String) issued.getMvcResult().getFlashMap().get("feedUrl");
        return url.substring(url.indexOf("/calendar/"));
    }

    private RequestPostProcessor vinhYen() {
        return user(new MandateUser(accountId("vinhyen"), "vinhyen", "x", null, "vi", Set.of(Role.FOCAL_POINT),
                Set.of("VP.VY"), true, false));
    }

    private static MandateUser admin() {
        return new MandateUser(1, "admin", "x", null, "vi", Set.of(Role.ADMIN), Set.of(), true, false);
    }

    private long accountId(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = :u").param("u", username).query(Long.class).single();
    }
}
