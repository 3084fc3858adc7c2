package org.mandate.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The "awaiting my decision" list: only what the caller decides, read in a fixed number of statements. */
@SpringBootTest
@Import(StatementCounter.Configuration.class)
class AwaitingDecisionTests {

    @Autowired
    Delivery delivery;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheWaitingItems() {
        jdbc.update("DELETE FROM plan_item WHERE code LIKE 'AW-%'");
        SecurityContextHolder.clearContext();
    }

    @Test
    void theListIsReadInAFixedNumberOfStatementsHoweverManyItemsWait() {
        signIn(Role.SECRETARIAT, Set.of("VP"));
        waiting("AW-A", 5);
        int few = statementsOfTheList();
        int fewItems = delivery.awaitingMyDecision().size();
        waiting("AW-B", 60);

        int many = statementsOfTheList();

        assertThat(delivery.awaitingMyDecision()).hasSize(fewItems + 60)
                .anySatisfy(a -> assertThat(a.code()).isEqualTo("AW-B-7"))
                .filteredOn(a -> a.code().startsWith("AW-")).allSatisfy(a -> {
                    assertThat(a.pendingCompletion()).contains(LocalDate.of(2024, 5, 20));
                    assertThat(a.pendingExtension()).isEmpty();
                });
        assertThat(many).as("statements with 65 waiting items vs 5").isEqualTo(few);
    }

    @Test
    void aCallerSeesOnlyItemsAssignedByUnitsInItsScope() {
        waiting("AW-C", 3);
        signIn(Role.SECRETARIAT, Set.of("VP.VY"));

        assertThat(delivery.awaitingMyDecision()).noneMatch(a -> a.code().startsWith("AW-"));
    }

    private int statementsOfTheList() {
        int before = StatementCounter.STATEMENTS.get();
        delivery.awaitingMyDecision();
        return StatementCounter.STATEMENTS.get() - before;
    }

    /** Items assigned by the provincial People's Committee, each with a completion report waiting. */
    private void waiting(String prefix, int count) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {prefix + "-" + i, "Việc chờ quyết định " + i, (prefix + "-" + i).toLowerCase(), now});
        }
        jdbc.batchUpdate("INSERT INTO plan_item (code, kind, title, search_key, lead_unit_code, assigner_unit_code, "
                + "start_date, due_date, province_id, created_at, version) "
                + "VALUES (?, 'TASK', ?, ?, 'VP.SCT', 'VP.UBND', DATE '2024-01-01', DATE '2024-06-30', 1, ?, 0)", rows);
        jdbc.update("INSERT INTO task_completion (plan_item_id, seq, completed_on, reported_by, reported_on, decision) "
                + "SELECT id, 0, DATE '2024-05-20', 'sct', DATE '2024-05-21', 'SUBMITTED' FROM plan_item WHERE code LIKE ?",
                prefix + "-%");
    }

    private static void signIn(Role role, Set<String> scope) {
        MandateUser user = new MandateUser(1L, "aw-" + role.name().toLowerCase(), "x", null, "vi", Set.of(role), scope,
                true, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
