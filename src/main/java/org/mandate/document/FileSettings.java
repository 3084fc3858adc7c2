package org.mandate.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code mandate.files}.
 *
 * @param dir where the bytes are kept (one file per stored file, named by its id)
 * @param maxSize largest file accepted
 * @param allowedTypes media types accepted, as detected from the bytes
 * @param orphanAge how old a file on disk without a database row must be before the cleanup removes
 *                  it; uploads write the file before their row commits, so young files are left alone
 */
@ConfigurationProperties("mandate.files")
record FileSettings(Path dir,
                           @DefaultValue("50MB") DataSize maxSize,
                           @DefaultValue({"application/pdf",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                   "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                                   "application/msword", "application/vnd.ms-excel",
                                   "application/vnd.oasis.opendocument.text",
                                   "application/vnd.oasis.opendocument.spreadsheet",
                                   "image/png", "image/jpeg", "text/plain", "text/csv", "application/zip"})
                           List<String> allowedTypes,
                           @DefaultValue("6h") Duration orphanAge) {

    public FileSettings {
        if (dir == null) {
            dir = Path.of("data", "files");
        }
        allowedTypes = List.copyOf(allowedTypes);
    }
}
