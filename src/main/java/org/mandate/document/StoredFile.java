package org.mandate.document;

import java.time.Instant;

/**
 * What the database knows about a stored file; the bytes live on disk in the {@link FileStore}.
 *
 * @param contentType detected from the bytes, never taken from the caller
 * @param sha256 lower-case hex digest of the bytes, for integrity checks and duplicate detection
 * @param ownerUnitCode the org unit the file belongs to; downloads need it in the caller's scope
 * @param provinceId distribution key for a national deployment (null when unknown)
 */
public record StoredFile(StoredFileId id, String originalName, String contentType, long size, String sha256,
                         String ownerUnitCode, String uploadedBy, Instant uploadedAt, Long provinceId) {
}
