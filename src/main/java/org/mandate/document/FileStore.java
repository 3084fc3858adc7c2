package org.mandate.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

import org.mandate.shared.DomainException;
import org.mandate.shared.io.UploadSpool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bytes of stored files on disk: {@code <dir>/ab/<uuid>}, where {@code ab} are the id's first two
 * characters (keeps directories small). Incoming bytes go to a temporary file first, are hashed and
 * counted on the way, and are moved into place only once complete, so a reader never sees half a file.
 */
@Component
class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

    private final Path root;

    private final UploadSpool spool;

    FileStore(FileSettings settings, UploadSpool spool) {
        this.root = settings.dir().toAbsolutePath().normalize();
        this.spool = spool;
    }

    /** Bytes received into a temporary file, with their size and SHA-256. */
    record Received(Path file, long size, String sha256) {
    }

    /**
     * Copies the stream to a temporary file, refusing (422) as soon as it grows past {@code maxBytes}
     * and leaving nothing behind in that case.
     */
    Received receive(InputStream in, long maxBytes) {
        Path temp = null;
        try {
            temp = spool.newFile("upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw DomainException.invalid("files.tooLarge", "file", readable(maxBytes));
                    }
                    out.write(buffer, 0, n);
                }
            }
            Received received = new Received(temp, size, HexFormat.of().formatHex(digest.digest()));
            temp = null;
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } finally {
            discard(temp);
        }
    }

    /** A size as people write it: {@code 50 MB}, {@code 512 KB}. */
    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " B";
    }

    /** Moves received bytes to their place under the id. */
    void keep(Received received, StoredFileId id) {
        Path target = pathOf(id);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(received.file(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a temporary file that will not be kept. */
    void discard(Received received) {
        discard(received.file());
    }

    Path pathOf(StoredFileId id) {
        String name = id.value().toString();
        return root.resolve(name.substring(0, 2)).resolve(name);
    }

    boolean exists(StoredFileId id) {
        return Files.isRegularFile(pathOf(id));
    }

    /** Removes the bytes of the file, if any; failures are logged and left to the orphan cleanup. */
    void delete(StoredFileId id) {
        try {
            Files.deleteIfExists(pathOf(id));
        } catch (IOException e) {
            log.warn("Could not delete stored file {}; the orphan cleanup will retry", id, e);
        }
    }

    /** A file on disk that looks like a stored file (its name is an id) or an abandoned upload. */
    record OnDisk(Path path, StoredFileId id, Instant modified) {
    }

    /** Every file under the store, for the orphan cleanup. Abandoned uploads have a null id. */
    Stream<OnDisk> list() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root, 2).filter(Files::isRegularFile).map(this::describe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(OnDisk file) {
        discard(file.path());
    }

    private OnDisk describe(Path path) {
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            modified = Instant.EPOCH;
        }
        StoredFileId id;
        try {
            id = new StoredFileId(UUID.fromString(path.getFileName().toString()));
        } catch (IllegalArgumentException e) {
            id = null;
        }
        return new OnDisk(path, id, modified);
    }

    private static void discard(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not remove {}", path, e);
        }
    }
}
