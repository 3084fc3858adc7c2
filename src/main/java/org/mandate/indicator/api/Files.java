package org.mandate.indicator.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded files (request body or multipart field {@code file}) and file answers. */
final class Files {

    private Files() {
    }

    /** An upload's bytes, declared content type and file name. */
    record Upload(byte[] content, String contentType, String fileName) {

        static Upload of(MultipartFile file) {
            try {
                return new Upload(file.getBytes(), file.getContentType(), file.getOriginalFilename());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static ResponseEntity<byte[]> download(String fileName, String contentType, Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toByteArray());
    }
}
