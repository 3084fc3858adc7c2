package org.mandate.document.api;

import java.time.LocalDate;
import java.util.List;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.document.Document;
import org.mandate.document.DocumentDraft;
import org.mandate.document.DocumentRegistry;
import org.mandate.document.DocumentType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/documents}: search the registry (by number or words, ignoring diacritics; by type
 * and issue dates), read one, register one and correct one. Documents are public administrative
 * information: reading needs DOCUMENT_READ; writing needs DOCUMENT_WRITE for the issuing unit.
 */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApi {

    private final DocumentRegistry registry;
    private final AccessPolicy access;

    DocumentApi(DocumentRegistry registry, AccessPolicy access) {
        this.registry = registry;
        this.access = access;
    }

    record DocumentJson(String number, DocumentType type, String issuerCode, LocalDate issuedOn, String title,
                        Long fileId, Integer version) {
        static DocumentJson of(Document d) {
            return new DocumentJson(d.number(), d.type(), d.issuerCode(), d.issuedOn(), d.title(), d.fileId(),
                    d.version());
        }

        DocumentDraft draft(String number) {
            return new DocumentDraft(number, type, issuerCode, issuedOn, title, fileId);
        }
    }

    @GetMapping
    List<DocumentJson> search(@RequestParam(required = false) String q,
                              @RequestParam(required = false) DocumentType type,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        access.require(Permission.DOCUMENT_READ);
        return registry.search(q, type, from, to).stream().map(DocumentJson::of).toList();
    }

    /** One document; its number may contain slashes, so it is passed as {@code ?number=} as well. */
    @GetMapping("/one")
    DocumentJson one(@RequestParam String number) {
        access.require(Permission.DOCUMENT_READ);
        return DocumentJson.of(registry.get(number));
    }

    @GetMapping("/{number}")
    DocumentJson byPath(@PathVariable String number) {
        return one(number);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DocumentJson register(@RequestBody DocumentJson body) {
        access.require(Permission.DOCUMENT_WRITE, body.issuerCode(), "/api/v1/documents");
        return DocumentJson.of(registry.register(body.draft(body.number() == null ? null : body.number().strip())));
    }

    @PutMapping("/one")
    DocumentJson correct(@RequestParam String number, @RequestBody DocumentJson body) {
        Document current = registry.get(number);
        access.require(Permission.DOCUMENT_WRITE, current.issuerCode(), "/api/v1/documents");
        access.require(Permission.DOCUMENT_WRITE, body.issuerCode(), "/api/v1/documents");
        int version = body.version() == null ? -1 : body.version();
        return DocumentJson.of(registry.correct(body.draft(current.number()), version));
    }
}
