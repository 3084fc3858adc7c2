package org.mandate.document;

import java.util.UUID;

import org.mandate.shared.DomainException;

/** Identifier of a stored file: a random UUID, so that file URLs cannot be guessed or enumerated. */
public record StoredFileId(UUID value) {

    public StoredFileId {
        if (value == null) {
            throw new IllegalArgumentException("A stored file id needs a value");
        }
    }

    public static StoredFileId random() {
        return new StoredFileId(UUID.randomUUID());
    }

    /** Parses the text form; an unreadable id is simply not found (404). */
    public static StoredFileId of(String text) {
        try {
            return new StoredFileId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.notFound("files.notFound", String.valueOf(text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
