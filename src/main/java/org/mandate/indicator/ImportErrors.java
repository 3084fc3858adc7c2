package org.mandate.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;

/**
 * The errors of one large import: every error is counted, the first {@code limit} by row are kept
 * (a file with a million bad rows must not fill the memory with messages). When more were found than
 * kept, the rejection starts with a note on row 1 giving the total.
 */
public final class ImportErrors {

    private static final Comparator<RowError> BY_ROW = Comparator.comparingInt(RowError::row);

    private final int limit;
    private final PriorityQueue<RowError> kept;
    private long total;

    ImportErrors(int limit) {
        this.limit = limit;
        this.kept = new PriorityQueue<>(BY_ROW.reversed());
    }

    public void add(RowError error) {
        total++;
        kept.add(error);
        if (kept.size() > limit) {
            kept.poll();
        }
    }

    /** Counts errors found but not kept (beyond what a query returned). */
    public void countMore(long count) {
        total += count;
    }

    void addAll(List<RowError> errors) {
        errors.forEach(this::add);
    }

    long total() {
        return total;
    }

    boolean any() {
        return total > 0;
    }

    /** Throws the rejection when there is any error. */
    void rejectIfAny() {
        if (total == 0) {
            return;
        }
        List<RowError> sorted = new ArrayList<>(kept);
        sorted.sort(BY_ROW);
        if (total > sorted.size()) {
            sorted.addFirst(new RowError(1, null, "indicator.import.errors.more", total, sorted.size()));
        }
        throw new ImportRejected(sorted);
    }
}
