package org.mandate.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mandate.access.AccountAdministration;
import org.mandate.access.Account;
import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.mandate.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.notification.FakeTaskDeadlines.vinhYenTask;

/**
 * The reminder job against a real SMTP server (GreenMail). Vĩnh Yên's focal point ({@code vinhyen})
 * covers the city; its head on the dates used (March 2025) is the chairman, person CB0017.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "mandate.notification.mail.enabled=true", "mandate.notification.cron=-"})
@Import(FakeTaskDeadlines.Configuration.class)
class ReminderMailTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Reminders reminders;
    @Autowired
    FakeTaskDeadlines tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    Organization organization;

    @BeforeEach
    void vinhYenFocalPointWantsEmail() {
        tasks.clear();
        choose("vinhyen", true, "vinhyen@vinhphuc.gov.vn");
    }

    @Test
    void aTaskDueInSevenDaysSendsExactlyOneEmailToTheFocalPoint() throws Exception {
        tasks.open.add(vinhYenTask("MAIL.7D", TODAY.plusDays(7)));

        ReminderRun run = reminders.run(TODAY);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("vinhyen@vinhphuc.gov.vn");
        assertThat(received[0].getSubject()).contains("MAIL.7D").contains("17/03/2025");
        assertThat(run.noticesSent()).isEqualTo(1);
        assertThat(run.emailsSent()).isEqualTo(1);
        assertThat(run.errors()).isZero();
    }

    @Test
    void runningTheJobTwiceSendsNothingNew() {
        tasks.open.add(vinhYenTask("MAIL.TWICE", TODAY.plusDays(3)));

        reminders.run(TODAY);
        ReminderRun second = reminders.run(TODAY);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(second.noticesSent()).isZero();
        assertThat(second.emailsSent()).isZero();
    }

    @Test
    void aTaskOverdueForMoreThanFourteenDaysIsEscalatedToTheHeadOfTheLeadUnit() throws Exception {
        long chairman = openAccountFor("CB0017", "chutich.vinhyen");
        choose("chutich.vinhyen", true, "chutich@vinhyen.gov.vn");
        tasks.open.add(vinhYenTask("MAIL.ESC", TODAY.minusDays(15)));

        reminders.run(TODAY);

        List<String> to = addressees();
        assertThat(to).as("the weekly overdue reminder to the focal point, the escalation to the head")
                .containsExactlyInAnyOrder("vinhyen@vinhphuc.gov.vn", "chutich@vinhyen.gov.vn");
        MimeMessage escalation = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> addressOf(m).equals("chutich@vinhyen.gov.vn")).findFirst().orElseThrow();
        assertThat(escalation.getSubject()).contains("MAIL.ESC").contains("15");
        assertThat(jdbc.sql("SELECT rule_name FROM notice WHERE account_id = :a AND task_code = 'MAIL.ESC'")
                .param("a", chairman).query(String.class).list()).containsExactly("ESCALATION");
    }

    @Test
    void withEmailSwitchedOffTheNoticeAppearsOnlyInTheApplication() {
        choose("vinhyen", false, "vinhyen@vinhphuc.gov.vn");
        tasks.open.add(vinhYenTask("MAIL.OFF", TODAY.minusDays(1)));

        ReminderRun run = reminders.run(TODAY);

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(run.noticesSent()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT rule_name || ':' || email_state FROM notice WHERE task_code = 'MAIL.OFF'")
                .query(String.class).list()).containsExactly("OVERDUE:OFF");
    }

    @Test
    void aMissingProgressReportIsRemindedOnceForTheMonth() {
        tasks.missingReports.add(vinhYenTask("MAIL.REPORT", TODAY.plusDays(60)));

        reminders.run(TODAY);
        reminders.run(TODAY.plusDays(1));

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.sql("SELECT occurrence FROM notice WHERE task_code = 'MAIL.REPORT'").query(LocalDate.class)
                .list()).containsExactly(LocalDate.of(2025, 2, 28));
    }

    private List<String> addressees() {
        return List.of(smtp.getReceivedMessages()).stream().map(ReminderMailTests::addressOf).toList();
    }

    private static String addressOf(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void choose(String username, boolean email, String address) {
        long account = accountId(username);
        jdbc.sql("DELETE FROM notification_preference WHERE account_id = :a").param("a", account).update();
        jdbc.sql("INSERT INTO notification_preference (account_id, email_enabled, email_address) VALUES (:a, :e, :ad)")
                .param("a", account).param("e", email).param("ad", address).update();
    }

    private long accountId(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** Opens (once) an account linked to the person, as an administrator would. */
    private long openAccountFor(String personCode, String username) {
        if (jdbc.sql("SELECT COUNT(*) FROM account WHERE username = :u").param("u", username).query(Long.class).single() > 0) {
            return accountId(username);
        }
        MandateUser admin = new MandateUser(0, "admin", "x", null, "vi", Set.of(Role.ADMIN), Set.of(), true, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            long person = organization.findPersonByCode(personCode).orElseThrow().id();
            return administration.open(new AccountAdministration.AccountDraft(username,
                    new Account.Profile(person, "vi", true), Set.of(Role.LEADER), Set.of("VP.VY")), "Mat-khau-2026-dai");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
