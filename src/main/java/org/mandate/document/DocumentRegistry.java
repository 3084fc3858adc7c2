package org.mandate.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mandate.organization.Organization;
import org.mandate.document.store.DocumentSearch;
import org.mandate.shared.DomainException;
import org.mandate.shared.TextFolding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document module's API: register and correct documents, find one by number, search by number
 * or words ignoring case and diacritics ("nghi quyet 05" finds "Nghị quyết … 05-NQ/TU"). Callers
 * check access first (DOCUMENT_READ to read, DOCUMENT_WRITE in the issuer's scope to write).
 */
@Service
@Transactional(readOnly = true)
public class DocumentRegistry {

    /** Number and symbol: letters (with Vietnamese ones such as Đ), digits and . - / _ . */
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}0-9./_-]{1,64}");
    static final int SEARCH_LIMIT = 500;

    private final Documents documents;
    private final DocumentSearch search;
    private final Organization organization;
    private final ApplicationEventPublisher events;

    DocumentRegistry(Documents documents, DocumentSearch search, Organization organization, ApplicationEventPublisher events) {
        this.documents = documents;
        this.search = search;
        this.organization = organization;
        this.events = events;
    }

    public Optional<Document> find(String number) {
        return number == null ? Optional.empty() : documents.findByNumber(number.strip());
    }

    /** The document with that number; 404 when there is none. */
    public Document get(String number) {
        return find(number).orElseThrow(() -> DomainException.notFound("document.notFound", number));
    }

    public boolean exists(String number) {
        return number != null && documents.existsByNumber(number.strip());
    }

    /**
     * Documents whose number or title contains every word of the text (folded), optionally of one
     * type and issued within the dates; newest first, at most {@value #SEARCH_LIMIT}.
     */
    public List<Document> search(String text, DocumentType type, LocalDate from, LocalDate to) {
        List<Long> ids = search.ids(TextFolding.fold(text), type, from, to, SEARCH_LIMIT);
        List<Document> found = new ArrayList<>(documents.findAllById(ids));
        found.sort((a, b) -> Integer.compare(ids.indexOf(a.id()), ids.indexOf(b.id())));
        return found;
    }

    /** Registers a new document; 409 when the number is taken, 422 for an unknown issuer or bad number. */
    @Transactional
    public Document register(DocumentDraft draft) {
        check(draft);
        if (documents.existsByNumber(draft.number())) {
            throw DomainException.conflict("document.number.taken", draft.number());
        }
        Document saved = documents.save(Document.register(draft));
        events.publishEvent(new DocumentRegistered(saved.number(), saved.issuerCode(), null, snapshot(saved)));
        return saved;
    }

    /** Corrects a document's details; 409 when it changed since {@code version} was read. */
    @Transactional
    public Document correct(DocumentDraft draft, int version) {
        check(draft);
        Document document = get(draft.number());
        if (!document.version().equals(version)) {
            throw DomainException.conflict("document.changed", draft.number());
        }
        Map<String, Object> before = snapshot(document);
        document.correct(draft);
        Document saved = documents.save(document);
        events.publishEvent(new DocumentRegistered(saved.number(), saved.issuerCode(), before, snapshot(saved)));
        return saved;
    }

    /** Registers the document or corrects it when its details differ; false when nothing changed. */
    @Transactional
    public boolean registerOrCorrect(DocumentDraft draft) {
        Optional<Document> existing = find(draft.number());
        if (existing.isEmpty()) {
            register(draft);
            return true;
        }
        if (existing.get().matches(draft)) {
            return false;
        }
        correct(draft, existing.get().version());
        return true;
    }

    /** Why a draft cannot be stored, as message keys by field; empty when it can. */
    public Map<String, String> problems(DocumentDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.number() == null || !NUMBER.matcher(draft.number()).matches()) {
            problems.put("number", "document.number.invalid");
        }
        if (draft.type() == null) {
            problems.put("type", "document.type.required");
        }
        if (draft.issuerCode() == null || organization.findUnit(draft.issuerCode()).isEmpty()) {
            problems.put("issuerCode", "document.issuer.unknown");
        }
        if (draft.issuedOn() == null) {
            problems.put("issuedOn", "document.issuedOn.required");
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 1000) {
            problems.put("title", "document.title.invalid");
        }
        return problems;
    }

    private void check(DocumentDraft draft) {
        problems(draft).entrySet().stream().findFirst().ifPresent(p -> {
            throw DomainException.invalid(p.getValue(), p.getKey(), String.valueOf(draft.issuerCode()));
        });
    }

    static Map<String, Object> snapshot(Document d) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("number", d.number());
        state.put("type", d.type().name());
        state.put("issuerCode", d.issuerCode());
        state.put("issuedOn", String.valueOf(d.issuedOn()));
        state.put("title", d.title());
        state.put("fileId", d.fileId());
        return state;
    }
}
