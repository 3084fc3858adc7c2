package org.mandate.indicator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an import has got, for a progress bar: rows read, bytes read of the file's size (when the
 * reader sees the bytes go by), and the phase. Written by the importing thread, read by others.
 */
public final class ImportProgress {

    /** Reading the file and checking rows, checking against stored values, writing, finished. */
    public enum Phase { READING, CHECKING, WRITING, DONE }

    private final long totalBytes;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile Phase phase = Phase.READING;

    /** @param totalBytes the file's size; 0 when unknown */
    public ImportProgress(long totalBytes) {
        this.totalBytes = totalBytes;
    }

    public static ImportProgress untracked() {
        return new ImportProgress(0);
    }

    public void rowRead() {
        rows.incrementAndGet();
    }

    public void bytesRead(long count) {
        bytes.addAndGet(count);
    }

    /** Reading starts over (a second pass over the file). */
    public void restart() {
        rows.set(0);
        bytes.set(0);
        phase = Phase.READING;
    }

    public void phase(Phase next) {
        phase = next;
    }

    public long rows() {
        return rows.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public long totalBytes() {
        return totalBytes;
    }

    public Phase phase() {
        return phase;
    }

    /** Per cent of the file read, 0..100; after reading, 100. */
    public int percent() {
        if (phase != Phase.READING) {
            return 100;
        }
        return totalBytes <= 0 ? 0 : (int) Math.min(100, bytes.get() * 100 / totalBytes);
    }
}
