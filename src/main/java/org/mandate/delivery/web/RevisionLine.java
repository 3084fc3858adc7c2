package org.mandate.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mandate.delivery.ProductRevision;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One revision of a product as the history page shows it: what was done, by whom, when, and each
 * field whose value, as shown, differs from the revision before (for the first revision, every field
 * given); 2 and 2.00 work units are the same value.
 */
record RevisionLine(Instant at, String actor, String action, List<Change> changes) {

    /** A field's value before and after the revision, in the page's words. */
    record Change(String field, String before, String after) {
    }

    static List<RevisionLine> of(List<ProductRevision> revisions, MessageSource messages) {
        List<RevisionLine> lines = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (ProductRevision revision : revisions) {
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, Object> field : revision.state().entrySet()) {
                String before = shown(field.getKey(), previous.get(field.getKey()), messages);
                String after = shown(field.getKey(), field.getValue(), messages);
                if (!before.equals(after)) {
                    changes.add(new Change(field.getKey(), before, after));
                }
            }
            lines.add(new RevisionLine(revision.at(), revision.actor(), revision.action(), changes));
            previous = revision.state();
        }
        return lines;
    }

    /** Dates as dd/MM/yyyy, types and verdicts in the page's language, the rest as stored; "—" for none. */
    private static String shown(String field, Object value, MessageSource messages) {
        if (value == null || value.toString().isEmpty()) {
            return "—";
        }
        String text = value.toString();
        return switch (field) {
            case "expectedOn", "deliveredOn" -> {
                LocalDate date = LocalDate.parse(text);
                yield String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            }
            case "type" -> messages.getMessage("delivery.productType." + text, null, text, LocaleContextHolder.getLocale());
            case "acceptance" -> messages.getMessage("delivery.acceptance." + text, null, text,
                    LocaleContextHolder.getLocale());
            case "workUnits" -> java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale())
                    .format(new java.math.BigDecimal(text));
            default -> text;
        };
    }
}
