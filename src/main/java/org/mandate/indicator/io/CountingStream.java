package org.mandate.indicator.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.mandate.indicator.ImportProgress;

/** Reports the bytes read through it to an import's progress. */
final class CountingStream extends FilterInputStream {

    private final ImportProgress progress;

    CountingStream(InputStream in, ImportProgress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            progress.bytesRead(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            progress.bytesRead(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        progress.bytesRead(skipped);
        return skipped;
    }
}
