package org.mandate.document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.mandate.document.store.StoredFiles;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes files on disk that have no row: bytes of a deletion whose file removal failed, or of an
 * upload whose process died before its row committed. Only files older than the configured age are
 * touched, so uploads in flight are safe. Idempotent, so two nodes running it at once do no harm;
 * the lock merely saves the work.
 */
@Component
class OrphanFileCleanup {

    private static final Logger log = LoggerFactory.getLogger(OrphanFileCleanup.class);
    private static final int BATCH = 500;

    private final FileStore store;
    private final StoredFiles files;
    private final FileSettings settings;
    private final Clock clock;

    OrphanFileCleanup(FileStore store, StoredFiles files, FileSettings settings, Clock clock) {
        this.store = store;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${mandate.files.cleanup-cron:0 30 3 * * *}", zone = "${mandate.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "document.orphan-files", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void run() {
        int removed = removeOrphansOlderThan(clock.instant().minus(settings.orphanAge()));
        if (removed > 0) {
            log.info("Removed {} orphan stored files", removed);
        }
    }

    /** Removes files last written before the cutoff that have no row; returns how many. */
    int removeOrphansOlderThan(Instant cutoff) {
        int removed = 0;
        List<FileStore.OnDisk> batch = new ArrayList<>(BATCH);
        try (Stream<FileStore.OnDisk> onDisk = store.list()) {
            for (FileStore.OnDisk file : (Iterable<FileStore.OnDisk>) onDisk.filter(f -> f.modified().isBefore(cutoff))::iterator) {
                batch.add(file);
                if (batch.size() == BATCH) {
                    removed += removeUnknown(batch);
                    batch.clear();
                }
            }
        }
        return removed + removeUnknown(batch);
    }

    private int removeUnknown(List<FileStore.OnDisk> batch) {
        Set<UUID> known = files.existing(batch.stream().map(FileStore.OnDisk::id).filter(Objects::nonNull)
                .map(StoredFileId::value).toList());
        int removed = 0;
        for (FileStore.OnDisk file : batch) {
            if (file.id() == null || !known.contains(file.id().value())) {
                store.remove(file);
                removed++;
            }
        }
        return removed;
    }
}
