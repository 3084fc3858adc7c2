package org.mandate.delivery;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.mandate.document.Attachments;
import org.mandate.document.DocumentRegistry;
import org.mandate.shared.DomainException;
import org.mandate.delivery.store.DeliveryEvidence;
import org.mandate.delivery.store.ProductHistory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products of tasks: the lead unit registers, changes and delivers them (with a stored file or a
 * registered document as evidence); the assigner accepts or returns them and records failed quality
 * checks. Every change appends the product's state to its history and publishes an event. Callers
 * that read the product first (the task page's forms) pass its version: a product changed since is
 * refused (409) and nothing is written; a null version skips that check (the API's delivery and
 * decision calls, which carry none).
 */
@Service
@Transactional
public class ProductWork {

    private final PlanItems items;
    private final Products products;
    private final ProductHistory history;
    private final DocumentRegistry documents;
    private final Attachments attachments;
    private final TaskScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductWork(PlanItems items, Products products, ProductHistory history, DocumentRegistry documents,
                Attachments attachments, TaskScope scope, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.products = products;
        this.history = history;
        this.documents = documents;
        this.attachments = attachments;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Product> productsOf(String code) {
        PlanItem item = item(code);
        scope.requireRead(item);
        return products.findByPlanItemIdOrderById(item.id());
    }

    public Product register(String code, ProductDraft draft) {
        PlanItem item = item(code);
        scope.requireLeadWork(item);
        Product product = products.save(Product.register(item, draft));
        record(product, "REGISTERED");
        events.publishEvent(new ProductRegistered(code, item.leadUnitCode(), product.id(), product.title(),
                product.type().name(), product.workUnits(), product.expectedOn()));
        return product;
    }

    public Product change(String code, long productId, int version, ProductDraft draft) {
        PlanItem item = item(code);
        scope.requireLeadWork(item);
        Product product = product(item, productId, version);
        product.change(draft);
        Product saved = save(product);
        record(saved, "CHANGED");
        return saved;
    }

    /** Delivery with evidence: a stored file id and/or the number of a registered document. */
    public Product deliver(String code, long productId, LocalDate deliveredOn, UUID evidenceFileId,
                           String evidenceDocument) {
        return deliver(code, productId, null, deliveredOn, evidenceFileId, evidenceDocument);
    }

    /**
     * Delivery of the product as read at {@code version}; the evidence file, when given, must be a
     * stored file the caller may read.
     */
    public Product deliver(String code, long productId, Integer version, LocalDate deliveredOn, UUID evidenceFileId,
                           String evidenceDocument) {
        PlanItem item = item(code);
        scope.requireLeadWork(item);
        Product product = product(item, productId, version);
        if (evidenceDocument != null && !documents.exists(evidenceDocument)) {
            throw DomainException.invalid("delivery.item.document.unknown", "evidenceDocument", evidenceDocument);
        }
        if (evidenceFileId != null) {
            DeliveryEvidence.requireFile(attachments, evidenceFileId, "delivery.product.evidenceFile.unknown",
                    "evidenceFileId");
        }
        product.deliver(deliveredOn, evidenceFileId, evidenceDocument, LocalDate.now(clock));
        Product saved = save(product);
        record(saved, "DELIVERED");
        events.publishEvent(new ProductDelivered(code, item.leadUnitCode(), productId, deliveredOn, evidenceFileId,
                evidenceDocument));
        return saved;
    }

    /**
     * Delivery with a file uploaded now as evidence: the file is stored for the lead unit in the same
     * transaction, so a refused delivery keeps no file.
     */
    public Product deliverWithUpload(String code, long productId, Integer version, LocalDate deliveredOn,
                                     String fileName, InputStream content, String evidenceDocument) {
        PlanItem item = item(code);
        scope.requireLeadWork(item);
        product(item, productId, version);
        UUID fileId = attachments.store(item.leadUnitCode(), fileName, content).id().value();
        return deliver(code, productId, version, deliveredOn, fileId, evidenceDocument);
    }

    public Product decide(String code, long productId, boolean accept, String comments) {
        return decide(code, productId, null, accept, comments);
    }

    /** The assigner accepts or returns (with comments) the product as read at {@code version}. */
    public Product decide(String code, long productId, Integer version, boolean accept, String comments) {
        PlanItem item = item(code);
        scope.requireDecision(item);
        Product product = product(item, productId, version);
        product.decide(accept, comments, scope.currentUsername(), Instant.now(clock));
        Product saved = save(product);
        record(saved, accept ? "ACCEPTED" : "RETURNED");
        events.publishEvent(accept ? new ProductAccepted(code, item.leadUnitCode(), productId, comments)
                : new ProductReturned(code, item.leadUnitCode(), productId, comments));
        return saved;
    }

    public Product failCheck(String code, long productId, String note) {
        return failCheck(code, productId, null, note);
    }

    /** The assigner records a failed quality check on the product as read at {@code version}. */
    public Product failCheck(String code, long productId, Integer version, String note) {
        PlanItem item = item(code);
        scope.requireDecision(item);
        Product product = product(item, productId, version);
        product.failCheck(note, scope.currentUsername(), Instant.now(clock));
        Product saved = save(product);
        record(saved, "CHECK_FAILED");
        events.publishEvent(new ProductCheckFailed(code, item.leadUnitCode(), productId, saved.failedChecks(), note));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<ProductRevision> history(String code, long productId) {
        PlanItem item = item(code);
        scope.requireRead(item);
        return history.of(product(item, productId).id());
    }

    private void record(Product product, String action) {
        history.append(product, action, scope.currentUsername(), Instant.now(clock));
    }

    private Product save(Product product) {
        try {
            return products.save(product);
        } catch (OptimisticLockingFailureException e) {
            throw DomainException.conflict("delivery.product.changed", product.title());
        }
    }

    private PlanItem item(String code) {
        return items.findByCode(code).orElseThrow(() -> DomainException.notFound("delivery.item.notFound", code));
    }

    private Product product(PlanItem item, long productId) {
        return products.findById(productId).filter(p -> p.planItemId().equals(item.id()))
                .orElseThrow(() -> DomainException.notFound("delivery.product.notFound", productId));
    }

    /** The product, refused (409) when it changed since the caller read it at {@code version}. */
    private Product product(PlanItem item, long productId, Integer version) {
        Product product = product(item, productId);
        if (version != null && !Objects.equals(product.version(), version)) {
            throw DomainException.conflict("delivery.product.changed", product.title());
        }
        return product;
    }
}
