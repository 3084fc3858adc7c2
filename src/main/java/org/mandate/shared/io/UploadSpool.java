package org.mandate.shared.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where uploads are spooled while they arrive (stored files, data-value files): {@code incoming/}
 * under the file store {@code mandate.files.dir} (so that a kept file is moved, not copied). A process that dies during an upload leaves its spooled file
 * behind; at start-up every spooled file last written before this process started is deleted (a
 * node sharing the store that is receiving right now keeps writing, so its files are newer).
 */
@Component
public class UploadSpool {

    private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);
    private static final String INCOMING = "incoming";

    private final Path dir;

    UploadSpool(@Value("${mandate.files.dir}") Path filesDir) {
        this.dir = filesDir.toAbsolutePath().normalize().resolve(INCOMING);
    }

    /** A new empty file in the spool; the caller deletes it when done. */
    public Path newFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(Files.createDirectories(dir), prefix, suffix);
    }

    @EventListener(ApplicationStartedEvent.class)
    public void removeLeftovers() {
        FileTime started = FileTime.from(ProcessHandle.current().info().startInstant().orElse(Instant.now()));
        if (!Files.isDirectory(dir)) {
            return;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(started) < 0) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (removed > 0) {
            log.info("Removed {} upload(s) left in {} by an earlier process", removed, dir);
        }
    }
}
