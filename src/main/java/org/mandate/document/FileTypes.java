package org.mandate.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.mandate.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Decides what a file is from its bytes (Apache Tika's magic numbers) and whether it is accepted. The
 * name the caller gave is only a hint that may refine what the bytes say within the same family (a zip
 * container named {@code .docx} is a Word document; text named {@code .csv} is CSV); it never
 * overrides them, so a PDF named {@code .txt} is a PDF and a program named {@code .pdf} is a program.
 */
@Component
class FileTypes {

    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private final Tika tika = new Tika();
    private final Set<String> allowed;

    FileTypes(FileSettings settings) {
        this.allowed = Set.copyOf(settings.allowedTypes());
    }

    /**
     * The media type without parameters, e.g. {@code application/pdf}, detected from the bytes; the
     * name only refines it to a subtype of what the bytes are (zip to Word document, text to CSV).
     * Bytes that Tika cannot recognise are refused (422) naming the file, whatever its name says.
     */
    String detect(Path file, String originalName) {
        MediaType fromBytes = detect(file, new Metadata());
        if (fromBytes.equals(MediaType.OCTET_STREAM)) {
            throw DomainException.invalid("files.unrecognised", "file", originalName == null ? "" : originalName);
        }
        if (originalName == null) {
            return fromBytes.toString();
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, originalName);
        MediaType refined = detect(file, named);
        return REGISTRY.isSpecializationOf(refined, fromBytes) ? refined.toString() : fromBytes.toString();
    }

    private MediaType detect(Path file, Metadata metadata) {
        try (InputStream in = TikaInputStream.get(file)) {
            return tika.getDetector().detect(in, metadata).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses (422) a type that is not on the allowed list, naming what the file really is. */
    void requireAllowed(String contentType) {
        if (!allowed.contains(contentType)) {
            throw DomainException.invalid("files.typeRefused", "file", contentType);
        }
    }
}
