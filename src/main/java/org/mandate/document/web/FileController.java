package org.mandate.document.web;

import org.mandate.document.Attachments;
import org.mandate.document.StoredFileId;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /files/{id}}: downloads for signed-in pages (the API needs its own credentials, a browser
 * session cannot use it). Same scope check as the API.
 */
@Controller
class FileController {

    private final Attachments attachments;

    FileController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<Resource> download(@PathVariable String id) {
        return attachments.open(StoredFileId.of(id)).asAttachment();
    }
}
