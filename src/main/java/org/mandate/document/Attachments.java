package org.mandate.document;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.DomainException;
import org.mandate.shared.TextFolding;
import org.mandate.document.store.StoredFiles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stored files (attachments) for every module: upload, metadata, download and deletion, each checked
 * against the caller's scope over the file's owner unit.
 * <p>
 * The bytes and the row are kept consistent without a distributed transaction: an upload writes the
 * file first and its row second (a rollback removes the file again); a deletion removes the row first
 * and the file only after the deletion committed. Whatever a crash leaves between the two steps is a
 * file without a row, which {@link OrphanFileCleanup} removes; a row without a file never arises.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

    private static final int MAX_NAME_LENGTH = 255;

    private final StoredFiles files;
    private final FileStore store;
    private final FileTypes types;
    private final FileSettings settings;
    private final List<FileReferences> references;
    private final Organization organization;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Attachments(StoredFiles files, FileStore store, FileTypes types, FileSettings settings,
                List<FileReferences> references, Organization organization, AccessPolicy access,
                ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.store = store;
        this.types = types;
        this.settings = settings;
        this.references = references;
        this.organization = organization;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A file's metadata with its bytes, ready to be sent. */
    public record Download(StoredFile file, Resource content) {

        /**
         * The bytes as an attachment under the original name (RFC 6266 with a UTF-8 name), typed as
         * detected and marked {@code nosniff} so a browser never reinterprets them.
         */
        public ResponseEntity<Resource> asAttachment() {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.contentType()))
                    .contentLength(file.size())
                    .eTag("\"" + file.sha256() + "\"")
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .cacheControl(CacheControl.noStore())
                    .body(content);
        }
    }

    /**
     * Stores the bytes for the unit. Refused (422) when empty, larger than the limit, or of a type not
     * allowed (as detected from the bytes); refused (403) when the unit is outside the caller's scope or
     * the caller may only read.
     */
    @Transactional
    public StoredFile store(String unitCode, String originalName, InputStream content) {
        OrgUnitView unit = organization.unit(unitCode);
        requireWrite(unit.code(), "files");
        FileStore.Received received = store.receive(content, settings.maxSize().toBytes());
        StoredFile file;
        try {
            String name = cleanName(originalName);
            if (received.size() == 0) {
                throw DomainException.invalid("files.empty", "file", name);
            }
            String type = types.detect(received.file(), name);
            types.requireAllowed(type);
            file = new StoredFile(StoredFileId.random(), name, type, received.size(), received.sha256(),
                    unit.code(), uploader(), clock.instant(), provinceOf(unit));
            store.keep(received, file.id());
        } catch (RuntimeException e) {
            store.discard(received);
            throw e;
        }
        afterRollback(() -> store.delete(file.id()));
        files.insert(file);
        events.publishEvent(new FileStored(file));
        return file;
    }

    /** The file's metadata; 404 when unknown, 403 (audited) when its unit is outside the caller's scope. */
    public StoredFile describe(StoredFileId id) {
        StoredFile file = find(id);
        access.require(Permission.DOCUMENT_READ, file.ownerUnitCode(), "file " + id);
        return file;
    }

    /** The file with its bytes, checked as {@link #describe}. */
    public Download open(StoredFileId id) {
        StoredFile file = describe(id);
        if (!store.exists(id)) {
            throw DomainException.notFound("files.contentMissing", file.originalName());
        }
        return new Download(file, new FileSystemResource(store.pathOf(id)));
    }

    /**
     * Deletes the file: refused (409) while another record still refers to it, naming the holders;
     * the bytes disappear once the deletion has committed.
     */
    @Transactional
    public void delete(StoredFileId id) {
        StoredFile file = find(id);
        requireWrite(file.ownerUnitCode(), "file " + id);
        List<String> holders = references.stream().flatMap(r -> r.holdersOf(id).stream()).toList();
        if (!holders.isEmpty()) {
            throw DomainException.conflict("files.stillReferenced", file.originalName(), String.join(", ", holders));
        }
        if (!files.delete(id)) {
            throw DomainException.notFound("files.notFound", id);
        }
        events.publishEvent(new FileDeleted(file));
        afterCommit(() -> store.delete(id));
    }

    private StoredFile find(StoredFileId id) {
        return files.find(id).orElseThrow(() -> DomainException.notFound("files.notFound", id));
    }

    /**
     * A file is evidence attached to a task's record (progress report, product) or to a registered
     * document, so writing it needs the right to write either for the unit (403, audited, otherwise).
     */
    private void requireWrite(String unitCode, String resource) {
        if (!access.can(Permission.TASK_WRITE, unitCode) && !access.can(Permission.DOCUMENT_WRITE, unitCode)) {
            access.require(Permission.TASK_WRITE, unitCode, resource);
        }
    }

    private String uploader() {
        return access.currentUser().map(MandateUser::getUsername).orElse("system");
    }

    /** The province is the root of the unit's path (the distribution key of a national deployment). */
    private static Long provinceOf(OrgUnitView unit) {
        String[] ids = unit.path().split("/");
        return ids.length > 1 && !ids[1].isEmpty() ? Long.valueOf(ids[1]) : null;
    }

    /** Keeps the last path segment (browsers on Windows send full paths), without control characters. */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : TextFolding.nfc(originalName);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(name.length() - MAX_NAME_LENGTH);
    }

    private static void afterCommit(Runnable action) {
        whenComplete(TransactionSynchronization.STATUS_COMMITTED, action);
    }

    private static void afterRollback(Runnable action) {
        whenComplete(TransactionSynchronization.STATUS_ROLLED_BACK, action);
    }

    private static void whenComplete(int wanted, Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (wanted == TransactionSynchronization.STATUS_COMMITTED) {
                action.run();
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == wanted) {
                    action.run();
                }
            }
        });
    }
}
