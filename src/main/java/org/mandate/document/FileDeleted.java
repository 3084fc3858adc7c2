package org.mandate.document;

import org.mandate.shared.AuditableEvent;

/** A stored file was deleted: its row at once, its bytes once the deletion committed. */
public record FileDeleted(StoredFile file) implements AuditableEvent {

    @Override
    public String action() {
        return "FILE_DELETED";
    }

    @Override
    public String entityType() {
        return "StoredFile";
    }

    @Override
    public String entityId() {
        return file.id().toString();
    }

    @Override
    public String orgUnitCode() {
        return file.ownerUnitCode();
    }

    @Override
    public Object before() {
        return file;
    }

    @Override
    public Object after() {
        return null;
    }
}
