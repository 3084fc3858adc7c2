package org.mandate.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.access.SystemPrincipal;
import org.mandate.organization.OrgTreeChanged;
import org.mandate.organization.OrgUnitChanged;
import org.mandate.organization.io.OrgFiles;
import org.mandate.shared.io.TabularFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A cross-module listener that fails is not the end of its event: the publication stays in
 * {@code event_publication}, failed, and the resubmission job delivers it again.
 */
@SpringBootTest
class EventRetryTests {

    @TestConfiguration
    static class FailingOnce {

        // static: the bean is a proxy (the listener runs asynchronously in a transaction)
        static final List<String> delivered = new CopyOnWriteArrayList<>();
        static final AtomicBoolean failed = new AtomicBoolean();

        @ApplicationModuleListener
        void on(OrgTreeChanged event) {
            if (event instanceof OrgUnitChanged changed && changed.code().startsWith("VP.RETRY")) {
                if (failed.compareAndSet(false, true)) {
                    throw new IllegalStateException("the mail server is down");
                }
                delivered.add(changed.code());
            }
        }
    }

    @Autowired
    OrgFiles files;

    @Autowired
    EventResubmission resubmission;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventWhoseListenerFailedOnceIsDeliveredWhenFailedPublicationsAreResubmitted() {
        String code = "VP.RETRY" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        byte[] file = ("code,name_vi,type,parent_code,valid_from,valid_to\n" + code + ",Ban thử lại,DEPARTMENT,VP,2024-01-01,2025-06-30\n")
                .getBytes(StandardCharsets.UTF_8);

        SystemPrincipal.callAs(Role.ADMIN, () -> files.importUnits(file, TabularFormat.CSV, false));

        await().atMost(Duration.ofSeconds(30)).until(() -> FailingOnce.failed.get() && incomplete() == 1);
        assertThat(FailingOnce.delivered).isEmpty();

        resubmission.resubmitOlderThan(Duration.ZERO);

        await().atMost(Duration.ofSeconds(30)).until(() -> incomplete() == 0);
        assertThat(FailingOnce.delivered).containsExactly(code);
    }

    private long incomplete() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE :listener")
                .param("listener", "%FailingOnce%").query(Long.class).single();
    }
}
