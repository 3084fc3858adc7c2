package org.mandate.organization.web;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import org.mandate.shared.io.TabularFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A list page's export: what the page shows, as a file download. */
final class PageDownloads {

    private PageDownloads() {
    }

    static ResponseEntity<byte[]> file(String baseName, TabularFormat format, Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(baseName + "." + format.extension()).build().toString())
                .body(out.toByteArray());
    }
}
