package org.mandate.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.mandate.document.DocumentRegistry;
import org.mandate.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products of tasks: the lead unit registers, changes and delivers them (with a stored file or a
 * registered document as evidence); the assigner accepts or returns them and records failed quality
 * checks. Every change appends the product's state to its history and publishes an event.
 */
@Service
@Transactional
public class ProductWork {

    private final PlanItems items;
    private final Products products;
    private final ProductHistory history;
    private final DocumentRegistry documents;
    private final TaskScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductWork(PlanItems items, Products products, ProductHistory history, DocumentRegistry documents,
                TaskScope scope, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.products = products;
        this.history = history;
        this.documents = documents;
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
        Product product = product(item, productId);
        if (!Objects.equals(product.version(), version)) {
            throw DomainException.conflict("delivery.product.changed", product.title());
        }
        product.change(draft);
        Product saved = save(product);
        record(saved, "CHANGED");
        return saved;
    }

    /** Delivery with evidence: a stored file id and/or the number of a registered document. */
    public Product deliver(String code, long productId, LocalDate deliveredOn, Long evidenceFileId,
                           String evidenceDocument) {
        PlanItem item = item(code);
        scope.requireLeadWork(item);
        if (evidenceDocument != null && !documents.exists(evidenceDocument)) {
            throw DomainException.invalid("delivery.item.document.unknown", "evidenceDocument", evidenceDocument);
        }
        Product product = product(item, productId);
        product.deliver(deliveredOn, evidenceFileId, evidenceDocument, LocalDate.now(clock));
        Product saved = save(product);
        record(saved, "DELIVERED");
        events.publishEvent(new ProductDelivered(code, item.leadUnitCode(), productId, deliveredOn, evidenceFileId,
                evidenceDocument));
        return saved;
    }

    public Product decide(String code, long productId, boolean accept, String comments) {
        PlanItem item = item(code);
        scope.requireDecision(item);
        Product product = product(item, productId);
        product.decide(accept, comments, scope.currentUsername(), Instant.now(clock));
        Product saved = save(product);
        record(saved, accept ? "ACCEPTED" : "RETURNED");
        events.publishEvent(accept ? new ProductAccepted(code, item.leadUnitCode(), productId, comments)
                : new ProductReturned(code, item.leadUnitCode(), productId, comments));
        return saved;
    }

    public Product failCheck(String code, long productId, String note) {
        PlanItem item = item(code);
        scope.requireDecision(item);
        Product product = product(item, productId);
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
}
