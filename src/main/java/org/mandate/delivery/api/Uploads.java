package org.mandate.delivery.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.mandate.shared.io.TabularFormat;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file, whether sent as the request body or as the multipart field {@code file}. */
record Uploads(byte[] content, TabularFormat format) {

    static Uploads body(byte[] content, String contentType) {
        return new Uploads(content, TabularFormat.detect(contentType, null, head(content)));
    }

    static Uploads multipart(MultipartFile file) {
        try {
            byte[] content = file.getBytes();
            return new Uploads(content, TabularFormat.detect(file.getContentType(), file.getOriginalFilename(),
                    head(content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(byte[] content) {
        return content.length < 2 ? content : new byte[] {content[0], content[1]};
    }
}
