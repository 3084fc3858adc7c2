package org.mandate.document;

import java.time.LocalDate;
import java.util.Objects;

import org.mandate.shared.TextFolding;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A registered document. Its number and symbol ({@code 05-NQ/TU}) identifies it and never changes;
 * the other fields may be corrected. {@code fileId} refers to a stored file holding its text, if any.
 */
@Table("document")
public class Document {

    @Id
    @Column("id")
    private Long id;
    @Column("doc_number")
    private final String number;
    @Column("type")
    private DocumentType type;
    @Column("issuer_code")
    private String issuerCode;
    @Column("issued_on")
    private LocalDate issuedOn;
    @Column("title")
    private String title;
    @Column("search_key")
    private String searchKey;
    @Column("file_id")
    private Long fileId;
    @Version
    @Column("version")
    private Integer version;

    @PersistenceCreator
    Document(Long id, String number, DocumentType type, String issuerCode, LocalDate issuedOn, String title,
             String searchKey, Long fileId, Integer version) {
        this.id = id;
        this.number = number;
        this.type = type;
        this.issuerCode = issuerCode;
        this.issuedOn = issuedOn;
        this.title = title;
        this.searchKey = searchKey;
        this.fileId = fileId;
        this.version = version;
    }

    static Document register(DocumentDraft draft) {
        Document document = new Document(null, draft.number(), null, null, null, null, null, null, null);
        document.correct(draft);
        return document;
    }

    void correct(DocumentDraft draft) {
        this.type = Objects.requireNonNull(draft.type());
        this.issuerCode = draft.issuerCode();
        this.issuedOn = draft.issuedOn();
        this.title = draft.title();
        this.fileId = draft.fileId();
        this.searchKey = TextFolding.fold(number + " " + title);
    }

    /** Whether the document has the same content as the draft. */
    boolean matches(DocumentDraft draft) {
        return type == draft.type() && Objects.equals(issuerCode, draft.issuerCode())
                && Objects.equals(issuedOn, draft.issuedOn()) && Objects.equals(title, draft.title())
                && Objects.equals(fileId, draft.fileId());
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public DocumentType type() {
        return type;
    }

    public String issuerCode() {
        return issuerCode;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String title() {
        return title;
    }

    public Long fileId() {
        return fileId;
    }

    public Integer version() {
        return version;
    }
}
