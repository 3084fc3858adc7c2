package org.mandate.audit;

import java.util.List;

/**
 * A page of audit entries, newest first.
 *
 * @param entries  the entries on this page
 * @param page     zero-based page number
 * @param size     page size asked for
 * @param hasNext  whether older entries follow
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
