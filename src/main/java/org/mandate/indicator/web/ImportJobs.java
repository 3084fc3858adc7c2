package org.mandate.indicator.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.indicator.ImportProgress;
import org.mandate.indicator.ImportResult;
import org.mandate.indicator.io.IndicatorFiles;
import org.mandate.indicator.io.ValueFormat;
import org.mandate.indicator.io.ValueUpload;
import org.mandate.shared.DomainException;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Data-value imports started from the import page, run in the background (two at a time) with the
 * security context of the user who started them, so that every check of role and scope applies as
 * in a request. A job is visible to that user only; finished jobs are forgotten after an hour.
 */
@Component
class ImportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    /** One import: its progress, then its result, its row errors or a failure. */
    static final class Job {
        private final String id;
        private final String owner;
        private final String fileName;
        private final boolean dryRun;
        private final ImportProgress progress;
        private volatile ImportResult result;
        private volatile List<RowError> errors;
        private volatile String failure;
        private volatile Instant finishedAt;

        Job(String id, String owner, String fileName, boolean dryRun, ImportProgress progress) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
            this.dryRun = dryRun;
            this.progress = progress;
        }

        public String getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public boolean isDryRun() {
            return dryRun;
        }

        public ImportProgress getProgress() {
            return progress;
        }

        public ImportResult getResult() {
            return result;
        }

        public List<RowError> getErrors() {
            return errors;
        }

        public String getFailure() {
            return failure;
        }

        public boolean isFinished() {
            return finishedAt != null;
        }
    }

    private final IndicatorFiles files;
    private final AccessPolicy access;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("value-import-", 1).daemon().factory());

    ImportJobs(IndicatorFiles files, AccessPolicy access, Clock clock) {
        this.files = files;
        this.access = access;
        this.clock = clock;
    }

    /** Starts importing the spooled upload; the job owns the upload and deletes it when done. */
    Job start(ValueUpload upload, ValueFormat format, boolean dryRun) {
        forgetOld();
        String owner = owner();
        Job job = new Job(UUID.randomUUID().toString(), owner, upload.fileName(), dryRun,
                new ImportProgress(format == ValueFormat.XLSX ? 0 : upload.size()));
        jobs.put(job.id, job);
        SecurityContext caller = SecurityContextHolder.getContext();
        executor.execute(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(caller.getAuthentication());
            SecurityContextHolder.setContext(context);
            try (upload) {
                job.result = files.importValues(upload, format, dryRun, job.progress);
            } catch (ImportRejected rejected) {
                job.errors = rejected.errors();
            } catch (DomainException e) {
                job.failure = e.messageKey();
            } catch (Exception e) {
                LOG.error("data-value import {} failed", job.id, e);
                job.failure = "indicator.importPage.failed";
            } finally {
                job.progress.phase(ImportProgress.Phase.DONE);
                job.finishedAt = clock.instant();
                SecurityContextHolder.clearContext();
            }
        });
        return job;
    }

    /** The caller's own job with this id. */
    Optional<Job> find(String id) {
        Job job = jobs.get(id);
        return job != null && job.owner.equals(owner()) ? Optional.of(job) : Optional.empty();
    }

    private String owner() {
        return access.currentUser().map(MandateUser::getUsername).orElseThrow();
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(limit));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
