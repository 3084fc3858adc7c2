package org.mandate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes run the same schedule; ShedLock lets one of them run each tick. A lock released as
 * soon as a short job ends lets a node whose tick fires a moment later run the job again (seen with
 * bench/two-nodes.sh: the orphan-file cleanup ran on both nodes in one minute), so every scheduled
 * job holds its lock for at least a minute, longer than the nodes' ticks drift apart and shorter
 * than any job's interval.
 */
class ScheduledJobsTests {

    private static final Duration AT_LEAST = Duration.ofMinutes(1);

    @Test
    void everyScheduledJobIsLockedAndHoldsItsLockAtLeastAMinute() {
        List<String> problems = new ArrayList<>();
        int jobs = 0;
        for (JavaMethod method : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mandate").stream().flatMap(c -> c.getMethods().stream()).toList()) {
            if (!method.isAnnotatedWith(Scheduled.class)) {
                continue;
            }
            jobs++;
            if (!method.isAnnotatedWith(SchedulerLock.class)) {
                problems.add(method.getFullName() + " has no @SchedulerLock");
                continue;
            }
            String atLeast = method.getAnnotationOfType(SchedulerLock.class).lockAtLeastFor();
            if (atLeast.isEmpty() || Duration.parse(atLeast).compareTo(AT_LEAST) < 0) {
                problems.add(method.getFullName() + " holds its lock for " + (atLeast.isEmpty() ? "no time" : atLeast));
            }
        }
        assertThat(jobs).as("scheduled jobs found").isGreaterThanOrEqualTo(3);
        assertThat(problems).isEmpty();
    }
}
