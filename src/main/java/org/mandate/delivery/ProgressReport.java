package org.mandate.delivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit's progress report on a task for one reporting period: percent done, what was done,
 * obstacles and proposals (kiến nghị). The lead unit reports; coordinating units add their input the
 * same way. One report per task, period and unit: reporting again revises it.
 */
@Table("progress_report")
public class ProgressReport {

    @Id
    @Column("id")
    private Long id;
    @Column("plan_item_id")
    private final Long planItemId;
    @Column("period")
    private final String period;
    @Column("unit_code")
    private final String unitCode;
    @Column("percent_done")
    private int percentDone;
    @Column("narrative")
    private String narrative;
    @Column("obstacles")
    private String obstacles;
    @Column("proposals")
    private String proposals;
    @Column("reported_by")
    private String reportedBy;
    @Column("reported_at")
    private Instant reportedAt;
    @Column("province_id")
    private final Long provinceId;
    @Version
    @Column("version")
    private Integer version;
    @MappedCollection(idColumn = "progress_report_id")
    private Set<ReportAttachment> attachments;

    @PersistenceCreator
    ProgressReport(Long id, Long planItemId, String period, String unitCode, int percentDone, String narrative,
                   String obstacles, String proposals, String reportedBy, Instant reportedAt, Long provinceId,
                   Integer version, Set<ReportAttachment> attachments) {
        this.id = id;
        this.planItemId = planItemId;
        this.period = period;
        this.unitCode = unitCode;
        this.percentDone = percentDone;
        this.narrative = narrative;
        this.obstacles = obstacles;
        this.proposals = proposals;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.provinceId = provinceId;
        this.version = version;
        this.attachments = attachments == null ? new LinkedHashSet<>() : new LinkedHashSet<>(attachments);
    }

    static ProgressReport of(PlanItem task, Period period, String unitCode) {
        return new ProgressReport(null, task.id(), period.toString(), unitCode, 0, null, null, null, null, null,
                task.provinceId(), null, null);
    }

    void revise(int percentDone, String narrative, String obstacles, String proposals, String by, Instant at) {
        if (percentDone < 0 || percentDone > 100) {
            throw DomainException.invalid("delivery.progress.percent.range", "percentDone");
        }
        this.percentDone = percentDone;
        this.narrative = narrative;
        this.obstacles = obstacles;
        this.proposals = proposals;
        this.reportedBy = by;
        this.reportedAt = at;
    }

    /** Attaches the stored file (once: a file already attached stays as it was); true when it was new. */
    boolean attach(UUID fileId, String by, Instant at) {
        if (attachments.stream().anyMatch(a -> a.fileId().equals(fileId))) {
            return false;
        }
        return attachments.add(new ReportAttachment(fileId, by, at));
    }

    /** The files attached to the report, in the order they were attached. */
    public List<ReportAttachment> attachments() {
        return attachments.stream().sorted(Comparator.comparing(ReportAttachment::addedAt)).toList();
    }

    public Long id() {
        return id;
    }

    public Long planItemId() {
        return planItemId;
    }

    public String period() {
        return period;
    }

    /** The reporting unit: the lead unit, or a coordinating unit giving input. */
    public String unitCode() {
        return unitCode;
    }

    public int percentDone() {
        return percentDone;
    }

    public String narrative() {
        return narrative;
    }

    public String obstacles() {
        return obstacles;
    }

    public String proposals() {
        return proposals;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Integer version() {
        return version;
    }
}
