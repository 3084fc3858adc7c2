package org.mandate.document.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

import org.mandate.document.Attachments;
import org.mandate.document.StoredFile;
import org.mandate.document.StoredFileId;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/files}: upload a file for a unit, read its metadata, download it, delete it. Every
 * call is checked against the caller's scope over the file's unit (403, audited).
 */
@RestController
@RequestMapping("/api/v1/files")
class FileApi {

    private final Attachments attachments;

    FileApi(Attachments attachments) {
        this.attachments = attachments;
    }

    /** A stored file as the API shows it; {@code contentType} is what the bytes are, not what was claimed. */
    record FileJson(String id, String name, String contentType, long size, String sha256, String unit,
                    String uploadedBy, Instant uploadedAt) {

        static FileJson of(StoredFile file) {
            return new FileJson(file.id().toString(), file.originalName(), file.contentType(), file.size(),
                    file.sha256(), file.ownerUnitCode(), file.uploadedBy(), file.uploadedAt());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FileJson> upload(@RequestParam("file") MultipartFile file, @RequestParam String unit) {
        StoredFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = attachments.store(unit, file.getOriginalFilename(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.created(URI.create("/api/v1/files/" + stored.id())).body(FileJson.of(stored));
    }

    @GetMapping("/{id}")
    FileJson describe(@PathVariable String id) {
        return FileJson.of(attachments.describe(StoredFileId.of(id)));
    }

    @GetMapping("/{id}/content")
    ResponseEntity<Resource> content(@PathVariable String id) {
        return attachments.open(StoredFileId.of(id)).asAttachment();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        attachments.delete(StoredFileId.of(id));
        return ResponseEntity.noContent().build();
    }
}
