package org.mandate.audit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.shared.DomainException;
import org.mandate.audit.store.AuditEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: search, single entries, export and chain verification. Everything here
 * needs {@link Permission#AUDIT_READ}; a reader whose scope is not everything (the inspector) sees
 * the entries of units in that scope only, and verifies the whole chain (the verdict names no data). Writing is not offered: entries are recorded from
 * {@link org.mandate.shared.AuditableEvent}s only.
 */
@Service
public class AuditTrail {

    /** Largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 500;
    /** Entries read per database round trip when walking many entries. */
    static final int BATCH_SIZE = 500;

    private final AuditEntries entries;
    private final AccessPolicy access;

    AuditTrail(AuditEntries entries, AccessPolicy access) {
        this.entries = entries;
        this.access = access;
    }

    /**
     * One page of matching entries, newest first. Asks for one entry more than the page holds, so
     * callers can tell whether a next page exists.
     *
     * @param page zero-based page number
     * @param size entries per page, 1 to {@link #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public AuditPage search(AuditFilter filter, int page, int size) {
        access.require(Permission.AUDIT_READ);
        if (page < 0) {
            throw DomainException.invalid("audit.page.invalid", "page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("audit.size.invalid", "size", MAX_PAGE_SIZE);
        }
        List<AuditEntry> found = entries.page(scoped(filter), (long) page * size, size + 1);
        boolean more = found.size() > size;
        return new AuditPage(more ? found.subList(0, size) : found, page, size, more);
    }

    /** One entry. */
    @Transactional(readOnly = true)
    public AuditEntry entry(long id) {
        access.require(Permission.AUDIT_READ);
        return entries.find(id).filter(e -> scoped(AuditFilter.all()).admitsUnit(e.orgUnitCode()))
                .orElseThrow(() -> DomainException.notFound("audit.entry.notFound", id));
    }

    /** The filter limited to the reader's scope; unchanged for an administrator. */
    private AuditFilter scoped(AuditFilter filter) {
        return access.seesEveryUnit() ? filter : filter.within(access.unitCodesInScope());
    }

    /**
     * Every matching entry, newest first, read lazily in batches as the caller iterates, so that
     * memory does not grow with the number of entries (for exports). Access is checked now.
     */
    public Iterable<AuditEntry> matching(AuditFilter asked) {
        access.require(Permission.AUDIT_READ);
        AuditFilter filter = scoped(asked);
        return () -> new Iterator<>() {
            private Iterator<AuditEntry> batch = entries.filteredBatch(filter, null, BATCH_SIZE).iterator();
            private AuditEntry last;
            private int inBatch;

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && last != null && inBatch == BATCH_SIZE) {
                    batch = entries.filteredBatch(filter, last.id(), BATCH_SIZE).iterator();
                    inBatch = 0;
                }
                return batch.hasNext();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = batch.next();
                inBatch++;
                return last;
            }
        };
    }

    /**
     * Walks the chain from the first entry to the current chain head, in batches: recomputes each
     * entry's hash, checks that it names its predecessor's hash, and that the chain ends where the
     * head says. Entries appended while the walk runs are left for the next verification.
     */
    public ChainVerification verify() {
        access.require(Permission.AUDIT_READ);
        AuditEntries.ChainHead head = entries.head();
        long checked = 0;
        Long firstBroken = null;
        long lastId = 0;
        String lastHash = AuditEntry.GENESIS_HASH;
        List<AuditEntry> batch;
        do {
            batch = entries.chainBatch(lastId, head.lastId(), BATCH_SIZE);
            for (AuditEntry entry : batch) {
                checked++;
                if (firstBroken == null && !(entry.follows(lastHash) && entry.isIntact())) {
                    firstBroken = entry.id();
                }
                lastId = entry.id();
                lastHash = entry.hash();
            }
        } while (batch.size() == BATCH_SIZE);
        if (firstBroken == null && (lastId != head.lastId() || !lastHash.equals(head.lastHash()))) {
            // Entries cut off the end, or the last one replaced together with its hash.
            firstBroken = lastId < head.lastId() ? lastId + 1 : lastId;
        }
        return firstBroken == null ? ChainVerification.intact(checked) : ChainVerification.brokenAt(checked, firstBroken);
    }
}
