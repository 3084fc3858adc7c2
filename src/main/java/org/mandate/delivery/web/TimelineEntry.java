package org.mandate.delivery.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mandate.delivery.Completion;
import org.mandate.delivery.Extension;
import org.mandate.delivery.PlanItem;
import org.mandate.delivery.Product;
import org.mandate.delivery.ProgressReport;

/**
 * One line of a task's timeline: the day, what happened (a message key), by whom and a detail.
 * Built from what the task already holds (extensions, completions, reports, products), latest first.
 */
record TimelineEntry(LocalDate on, String key, String by, String detail) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static List<TimelineEntry> of(PlanItem item, List<ProgressReport> reports, List<Product> products) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (item.startDate() != null) {
            entries.add(new TimelineEntry(item.startDate(), "delivery.timeline.started", null, null));
        }
        for (Extension e : item.extensions()) {
            entries.add(new TimelineEntry(e.requestedOn(), "delivery.timeline.extensionRequested", e.requestedBy(),
                    e.reason()));
            if (e.decidedOn() != null) {
                entries.add(new TimelineEntry(e.decidedOn(), "delivery.timeline.extension." + e.decision(),
                        e.decidedBy(), e.decisionNote()));
            }
        }
        for (Completion c : item.completions()) {
            entries.add(new TimelineEntry(c.reportedOn(), "delivery.timeline.completionReported", c.reportedBy(),
                    c.note()));
            if (c.decidedOn() != null) {
                entries.add(new TimelineEntry(c.decidedOn(), "delivery.timeline.completion." + c.decision(),
                        c.decidedBy(), c.comments()));
            }
        }
        for (ProgressReport r : reports) {
            if (r.reportedAt() != null) {
                entries.add(new TimelineEntry(r.reportedAt().atZone(ZONE).toLocalDate(), "delivery.timeline.progress",
                        r.reportedBy(), r.period() + " · " + r.unitCode() + " · " + r.percentDone() + "%"));
            }
        }
        for (Product p : products) {
            if (p.deliveredOn() != null) {
                entries.add(new TimelineEntry(p.deliveredOn(), "delivery.timeline.productDelivered", null, p.title()));
            }
            if (p.acceptance() != null && p.acceptedAt() != null) {
                entries.add(new TimelineEntry(p.acceptedAt().atZone(ZONE).toLocalDate(),
                        "delivery.timeline.product." + p.acceptance(), p.acceptedBy(), p.title()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::on, Comparator.nullsLast(Comparator.naturalOrder()))
                .reversed());
        return entries;
    }
}
