package org.mandate.document.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.document.Document;
import org.mandate.document.DocumentDraft;
import org.mandate.document.DocumentRegistry;
import org.mandate.document.DocumentType;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.mandate.shared.io.Cells;
import org.mandate.shared.io.TabularFile;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.TabularRow;
import org.mandate.shared.io.TabularWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the documents file (columns of documents.csv). An import checks every row and
 * reports every problem, or registers and corrects all documents in one transaction.
 * {@code mayWrite} answers, per issuing unit code, whether the caller may register its documents.
 */
@Component
public class DocumentFiles {

    static final List<String> COLUMNS = List.of("number", "type", "issuer_code", "issued_on", "title_vi");

    private final DocumentRegistry registry;
    private final AccessPolicy access;

    DocumentFiles(DocumentRegistry registry, AccessPolicy access) {
        this.registry = registry;
        this.access = access;
    }

    /**
     * Number of documents registered or corrected (or that would be, on a dry run). Refuses (403) a
     * caller without DOCUMENT_WRITE; each row's issuer must lie in the caller's scope for it.
     */
    @Transactional
    public int importDocuments(byte[] content, TabularFormat format, boolean dryRun) {
        access.require(Permission.DOCUMENT_WRITE);
        Predicate<String> mayWrite = code -> access.can(Permission.DOCUMENT_WRITE, code);
        TabularFile file = TabularFile.read(content, format, COLUMNS);
        List<RowError> errors = new ArrayList<>();
        List<DocumentDraft> drafts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TabularRow row : file.rows()) {
            String number = Cells.required(row, "number", errors);
            DocumentType type = Cells.required(row, "type", errors) == null ? null
                    : Cells.choice(row, "type", DocumentType.class, errors);
            String issuer = Cells.required(row, "issuer_code", errors);
            var issuedOn = Cells.required(row, "issued_on", errors) == null ? null : Cells.date(row, "issued_on", errors);
            String title = Cells.required(row, "title_vi", errors);
            DocumentDraft draft = new DocumentDraft(number, type, issuer, issuedOn, title, null);
            int before = errors.size();
            registry.problems(draft).forEach((field, key) -> {
                String column = switch (field) {
                    case "issuerCode" -> "issuer_code";
                    case "issuedOn" -> "issued_on";
                    case "title" -> "title_vi";
                    default -> field;
                };
                if (row.get(column) != null) {
                    errors.add(new RowError(row.number(), column, key, row.get(column)));
                }
            });
            if (number != null && seen.putIfAbsent(number, row.number()) != null) {
                errors.add(new RowError(row.number(), "number", "document.import.duplicate", number, seen.get(number)));
            }
            if (issuer != null && !mayWrite.test(issuer)) {
                errors.add(new RowError(row.number(), "issuer_code", "document.import.outOfScope", issuer));
            }
            if (errors.size() == before) {
                drafts.add(draft);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        int changed = 0;
        for (DocumentDraft draft : drafts) {
            if (dryRun) {
                changed += registry.find(draft.number()).map(d -> 0).orElse(1);
            } else if (registry.registerOrCorrect(draft)) {
                changed++;
            }
        }
        return changed;
    }

    /** The documents in the columns of documents.csv. */
    public void export(OutputStream out, TabularFormat format, List<Document> documents) {
        List<List<?>> lines = documents.stream().<List<?>>map(d -> Arrays.asList(d.number(), d.type().name(),
                d.issuerCode(), d.issuedOn(), d.title())).toList();
        try {
            TabularWriter.write(out, format, "documents", COLUMNS, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
