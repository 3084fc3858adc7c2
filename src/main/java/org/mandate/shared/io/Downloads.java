package org.mandate.shared.io;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An export answered as a file download: the format's content type and an attachment name. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> file(String baseName, TabularFormat format,
                                              Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        String type = format.contentType() + (format == TabularFormat.CSV ? ";charset=UTF-8" : "");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(baseName + "." + format.extension()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(out.toByteArray());
    }
}
