package org.mandate.indicator.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.mandate.shared.io.UploadSpool;
import org.mandate.indicator.ImportedFile;

/**
 * An uploaded data-value file spooled to a file of the upload spool as it arrives (never held in memory),
 * with its size and SHA-256. Closing deletes the file.
 */
public final class ValueUpload implements AutoCloseable {

    private static final int HEAD = 512;

    private final Path file;
    private final long size;
    private final String sha256;
    private final String contentType;
    private final String fileName;

    private ValueUpload(Path file, long size, String sha256, String contentType, String fileName) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
        this.contentType = contentType;
        this.fileName = fileName;
    }

    /** Copies the stream to a file in the upload spool, hashing it on the way. */
    public static ValueUpload spool(UploadSpool spool, InputStream in, String contentType, String fileName)
            throws IOException {
        Path file = spool.newFile("values-", ".upload");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                size = in.transferTo(out);
            }
            return new ValueUpload(file, size, HexFormat.of().formatHex(digest.digest()), contentType, fileName);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(file);
            throw new IllegalStateException(e);
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    public String contentType() {
        return contentType;
    }

    public String fileName() {
        return fileName;
    }

    /** The first bytes, to recognise the format. */
    public byte[] head() {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format named, or else recognised from the content type, the name and the first bytes. */
    public ValueFormat format(String named) {
        return named != null && !named.isBlank() ? ValueFormat.named(named)
                : ValueFormat.detect(contentType, fileName, head());
    }

    ImportedFile receipt(ValueFormat format) {
        return new ImportedFile(format.name(), fileName, size, sha256);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
