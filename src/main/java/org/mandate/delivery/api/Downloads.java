package org.mandate.delivery.api;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import org.mandate.shared.io.TabularFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file answer: the right content type and an attachment name. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> file(String baseName, TabularFormat format, Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()
                        + (format == TabularFormat.CSV ? ";charset=UTF-8" : "")))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(baseName + "." + format.extension()).build().toString())
                .body(out.toByteArray());
    }
}
