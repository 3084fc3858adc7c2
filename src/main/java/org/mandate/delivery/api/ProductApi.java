package org.mandate.delivery.api;

import java.util.List;

import org.mandate.delivery.ProductDraft;
import org.mandate.delivery.ProductRevision;
import org.mandate.delivery.ProductWork;
import org.mandate.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks/{code}/products}: list, register, change (with version), deliver with
 * evidence, accept or return ({@code /acceptance}), record a failed check ({@code /checks}), and
 * the product's full history ({@code /history}).
 */
@RestController
@RequestMapping("/api/v1/tasks/{code}/products")
class ProductApi {

    private final ProductWork work;

    ProductApi(ProductWork work) {
        this.work = work;
    }

    @GetMapping
    List<TaskJson.ProductView> products(@PathVariable String code) {
        return work.productsOf(code).stream().map(TaskJson.ProductView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TaskJson.ProductView register(@PathVariable String code, @RequestBody TaskJson.ProductInput input) {
        return TaskJson.ProductView.of(work.register(code, draft(input)));
    }

    @PutMapping("/{id}")
    TaskJson.ProductView change(@PathVariable String code, @PathVariable long id,
                                @RequestBody TaskJson.ProductInput input) {
        if (input.version() == null) {
            throw DomainException.invalid("delivery.item.version.required", "version");
        }
        return TaskJson.ProductView.of(work.change(code, id, input.version(), draft(input)));
    }

    @PostMapping("/{id}/delivery")
    TaskJson.ProductView deliver(@PathVariable String code, @PathVariable long id,
                                 @RequestBody TaskJson.DeliveryInput input) {
        return TaskJson.ProductView.of(work.deliver(code, id, input.deliveredOn(), input.evidenceFileId(),
                input.evidenceDocument()));
    }

    @PostMapping("/{id}/acceptance")
    TaskJson.ProductView decide(@PathVariable String code, @PathVariable long id,
                                @RequestBody TaskJson.DecisionInput input) {
        return TaskJson.ProductView.of(work.decide(code, id, TaskWorkApi.accept(input), input.comments()));
    }

    @PostMapping("/{id}/checks")
    TaskJson.ProductView failCheck(@PathVariable String code, @PathVariable long id,
                                   @RequestBody TaskJson.CheckInput input) {
        return TaskJson.ProductView.of(work.failCheck(code, id, input.note()));
    }

    @GetMapping("/{id}/history")
    List<ProductRevision> history(@PathVariable String code, @PathVariable long id) {
        return work.history(code, id);
    }

    private static ProductDraft draft(TaskJson.ProductInput input) {
        return new ProductDraft(input.title(), input.type(), input.workUnits(), input.expectedOn());
    }
}
