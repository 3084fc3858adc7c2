package org.mandate.document;

import org.mandate.shared.AuditableEvent;

/** A file was uploaded and stored for a unit. */
public record FileStored(StoredFile file) implements AuditableEvent {

    @Override
    public String action() {
        return "FILE_STORED";
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
        return null;
    }

    @Override
    public Object after() {
        return file;
    }
}
