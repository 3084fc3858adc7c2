package org.mandate.shared.io;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent for import, whether as the request body (CSV or XLSX content type) or as the
 * multipart field {@code file}; its format is decided from the declared type, the name and the bytes.
 */
public record UploadedFile(byte[] content, TabularFormat format) {

    public static UploadedFile body(byte[] content, String contentType) {
        return new UploadedFile(content, TabularFormat.detect(contentType, null, head(content)));
    }

    /**
     * The request body, read only now: callers check permission first, and the body's size is
     * capped where the request enters (a larger one fails the read with 413).
     */
    public static UploadedFile body(java.io.InputStream body, String contentType) {
        try {
            return body(body.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UploadedFile multipart(MultipartFile file) {
        try {
            byte[] content = file.getBytes();
            return new UploadedFile(content,
                    TabularFormat.detect(file.getContentType(), file.getOriginalFilename(), head(content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(byte[] content) {
        return content.length < 2 ? content : new byte[] {content[0], content[1]};
    }
}
