package org.mandate.delivery;

import org.mandate.delivery.store.TaskTally;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@link TaskTally} in step with plan_item: every plan item saved or deleted through the
 * repository is touched (its steps are refreshed before the transaction commits), and a tally that
 * is not ready at start-up (after a bulk load) is rebuilt in the background while the statistics
 * count directly.
 */
@Component
class TaskTallyKeeper implements AfterSaveCallback<PlanItem>, AfterDeleteCallback<PlanItem> {

    private static final Logger log = LoggerFactory.getLogger(TaskTallyKeeper.class);

    private final TaskTally tally;
    private final TransactionTemplate transaction;

    TaskTallyKeeper(TaskTally tally, PlatformTransactionManager transactions) {
        this.tally = tally;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public PlanItem onAfterSave(PlanItem item) {
        tally.touched(item.id());
        return item;
    }

    @Override
    public PlanItem onAfterDelete(PlanItem item) {
        if (item != null) {
            tally.touched(item.id());
        }
        return item;
    }

    /**
     * Every hour (one node at a time): folds the changes that writes appended to the tally since
     * (PostgreSQL; {@link TaskTally#compact()}), and vacuums it when many rows went, so that the
     * statistics keep reading one row per key from the index alone.
     */
    @Scheduled(cron = "${mandate.delivery.tally-compaction-cron:0 23 * * * *}")
    @SchedulerLock(name = "delivery.task-tally-compaction", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void compact() {
        try {
            Long removed = transaction.execute(status -> tally.compact());
            if (removed != null && removed >= 10_000) {
                tally.vacuum();
            }
        } catch (RuntimeException e) {
            log.warn("task tally compaction failed; the statistics stay exact, only slower", e);
        }
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        if (tally.ready()) {
            return;
        }
        Thread.ofVirtual().name("task-tally-rebuild").start(() -> {
            try {
                boolean rebuilt = Boolean.TRUE.equals(transaction.execute(status -> {
                    if (!tally.ready()) {
                        tally.rebuild();
                        return true;
                    }
                    return false;
                }));
                if (rebuilt) {
                    tally.vacuum();
                }
            } catch (RuntimeException e) {
                log.error("task tally rebuild failed; statistics keep counting tasks directly", e);
            }
        });
    }
}
