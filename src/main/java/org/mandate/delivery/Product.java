package org.mandate.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mandate.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A product (sản phẩm) of a task or of an individual programme item: registered with an expected
 * date, delivered with evidence (a stored file or a registered document), then accepted or returned
 * by the assigner; failed quality checks are counted, each with a note.
 */
@Table("product")
public class Product {

    /** The assigner's verdict on a delivered product. */
    public enum Acceptance {
        ACCEPTED, RETURNED
    }

    @Id
    @Column("id")
    private Long id;
    @Column("plan_item_id")
    private final Long planItemId;
    @Column("title")
    private String title;
    @Column("type")
    private ProductType type;
    @Column("work_units")
    private BigDecimal workUnits;
    @Column("expected_on")
    private LocalDate expectedOn;
    @Column("delivered_on")
    private LocalDate deliveredOn;
    @Column("evidence_file_id")
    private UUID evidenceFileId;
    @Column("evidence_document")
    private String evidenceDocument;
    @Column("acceptance")
    private Acceptance acceptance;
    @Column("acceptance_comments")
    private String acceptanceComments;
    @Column("accepted_by")
    private String acceptedBy;
    @Column("accepted_at")
    private Instant acceptedAt;
    @Column("failed_checks")
    private int failedChecks;
    @Column("province_id")
    private final Long provinceId;
    @Version
    @Column("version")
    private Integer version;
    @MappedCollection(idColumn = "product_id")
    private Set<ProductCheck> checks;

    @PersistenceCreator
    Product(Long id, Long planItemId, String title, ProductType type, BigDecimal workUnits, LocalDate expectedOn,
            LocalDate deliveredOn, UUID evidenceFileId, String evidenceDocument, Acceptance acceptance,
            String acceptanceComments, String acceptedBy, Instant acceptedAt, int failedChecks, Long provinceId,
            Integer version, Set<ProductCheck> checks) {
        this.id = id;
        this.planItemId = planItemId;
        this.title = title;
        this.type = type;
        this.workUnits = workUnits;
        this.expectedOn = expectedOn;
        this.deliveredOn = deliveredOn;
        this.evidenceFileId = evidenceFileId;
        this.evidenceDocument = evidenceDocument;
        this.acceptance = acceptance;
        this.acceptanceComments = acceptanceComments;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
        this.failedChecks = failedChecks;
        this.provinceId = provinceId;
        this.version = version;
        this.checks = checks == null ? new LinkedHashSet<>() : new LinkedHashSet<>(checks);
    }

    static Product register(PlanItem item, ProductDraft draft) {
        Product product = new Product(null, item.id(), null, null, null, null, null, null, null, null, null, null,
                null, 0, item.provinceId(), null, null);
        product.change(draft);
        return product;
    }

    void change(ProductDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw DomainException.invalid("delivery.product.title.required", "title");
        }
        if (draft.type() == null) {
            throw DomainException.invalid("delivery.product.type.required", "type");
        }
        if (draft.workUnits().signum() <= 0) {
            throw DomainException.invalid("delivery.product.workUnits.positive", "workUnits");
        }
        this.title = draft.title().strip();
        this.type = draft.type();
        this.workUnits = draft.workUnits();
        this.expectedOn = draft.expectedOn();
    }

    /** Delivery with evidence; a returned product may be delivered again, which clears the verdict. */
    void deliver(LocalDate on, UUID fileId, String document, LocalDate today) {
        if (acceptance == Acceptance.ACCEPTED) {
            throw DomainException.conflict("delivery.product.alreadyAccepted", title);
        }
        if (on == null || on.isAfter(today)) {
            throw DomainException.invalid("delivery.product.deliveredOn.invalid", "deliveredOn", today);
        }
        this.deliveredOn = on;
        this.evidenceFileId = fileId;
        this.evidenceDocument = document;
        this.acceptance = null;
        this.acceptanceComments = null;
        this.acceptedBy = null;
        this.acceptedAt = null;
    }

    void decide(boolean accept, String comments, String by, Instant at) {
        if (deliveredOn == null) {
            throw DomainException.conflict("delivery.product.notDelivered", title);
        }
        if (!accept && (comments == null || comments.isBlank())) {
            throw DomainException.invalid("delivery.product.comments.required", "comments");
        }
        this.acceptance = accept ? Acceptance.ACCEPTED : Acceptance.RETURNED;
        this.acceptanceComments = comments;
        this.acceptedBy = by;
        this.acceptedAt = at;
    }

    void failCheck(String note, String by, Instant at) {
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("delivery.product.check.note.required", "note");
        }
        checks.add(new ProductCheck(note.strip(), by, at));
        failedChecks = checks.size();
    }

    /** The product's state, as kept in its history. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("type", type.name());
        state.put("workUnits", workUnits.toPlainString());
        state.put("expectedOn", expectedOn == null ? null : expectedOn.toString());
        state.put("deliveredOn", deliveredOn == null ? null : deliveredOn.toString());
        state.put("evidenceFileId", evidenceFileId == null ? null : evidenceFileId.toString());
        state.put("evidenceDocument", evidenceDocument);
        state.put("acceptance", acceptance == null ? null : acceptance.name());
        state.put("acceptanceComments", acceptanceComments);
        state.put("failedChecks", failedChecks);
        return state;
    }

    public List<ProductCheck> checks() {
        List<ProductCheck> list = new ArrayList<>(checks);
        list.sort(Comparator.comparing(ProductCheck::recordedAt));
        return list;
    }

    public Long id() {
        return id;
    }

    public Long planItemId() {
        return planItemId;
    }

    public String title() {
        return title;
    }

    public ProductType type() {
        return type;
    }

    public BigDecimal workUnits() {
        return workUnits;
    }

    public LocalDate expectedOn() {
        return expectedOn;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public UUID evidenceFileId() {
        return evidenceFileId;
    }

    public String evidenceDocument() {
        return evidenceDocument;
    }

    public Acceptance acceptance() {
        return acceptance;
    }

    public String acceptanceComments() {
        return acceptanceComments;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public int failedChecks() {
        return failedChecks;
    }

    public Integer version() {
        return version;
    }
}
