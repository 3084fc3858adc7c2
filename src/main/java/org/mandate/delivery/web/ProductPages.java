package org.mandate.delivery.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

import org.mandate.delivery.Product;
import org.mandate.delivery.ProductDraft;
import org.mandate.delivery.ProductType;
import org.mandate.delivery.ProductWork;
import org.mandate.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The product forms of the task page (of a task or of an individual programme's item): the lead
 * unit registers and delivers products (with an uploaded file or a registered document as
 * evidence); the assigner accepts or returns them and records failed quality checks. Forms on an
 * existing product carry its version. Each product's history has a page of its own.
 */
@Controller
@RequestMapping("/tasks/{code}/products")
class ProductPages {

    private final ProductWork products;
    private final TaskPageModel page;
    private final MessageSource messages;
    private final Clock clock;

    ProductPages(ProductWork products, TaskPageModel page, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.products = products;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping
    ModelAndView register(@PathVariable String code, @RequestParam Map<String, String> input,
                          RedirectAttributes flash) {
        TaskForm form = TaskForm.of("product", null, input, "title", "type", "workUnits", "expectedOn");
        return page.submit(code, form, f -> products.register(code, new ProductDraft(f.text("title"),
                        f.choice("type", ProductType.class, "delivery.product.type"),
                        f.decimal("workUnits", "delivery.product.workUnits"),
                        f.date("expectedOn", "delivery.product.expectedOn"))),
                "delivery.flash.product", flash);
    }

    @PostMapping("/{id}/delivery")
    ModelAndView deliver(@PathVariable String code, @PathVariable long id, @RequestParam Map<String, String> input,
                         @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
        TaskForm form = TaskForm.of("delivery", id, input, "deliveredOn", "file", "evidenceDocument");
        return page.submit(code, form, f -> {
            var on = f.requiredDate("deliveredOn", "delivery.product.deliveredOn");
            String document = f.text("evidenceDocument");
            if (noFileChosen(file)) {
                products.deliver(code, id, f.version(), on, null, document);
                return;
            }
            try (InputStream content = file.getInputStream()) {
                products.deliverWithUpload(code, id, f.version(), on, file.getOriginalFilename(), content, document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "delivery.flash.productDelivered", flash);
    }

    @PostMapping("/{id}/acceptance")
    ModelAndView decide(@PathVariable String code, @PathVariable long id, @RequestParam Map<String, String> input,
                        RedirectAttributes flash) {
        boolean accept = Boolean.parseBoolean(input.get("accept"));
        TaskForm form = TaskForm.of("productDecision", id, input, "comments");
        return page.submit(code, form, f -> products.decide(code, id, f.version(), TaskPages.decision(f, "accept"),
                        f.text("comments")),
                accept ? "delivery.flash.productAccepted" : "delivery.flash.productReturned", flash);
    }

    @PostMapping("/{id}/checks")
    ModelAndView failCheck(@PathVariable String code, @PathVariable long id, @RequestParam Map<String, String> input,
                           RedirectAttributes flash) {
        TaskForm form = TaskForm.of("check", id, input, "note");
        return page.submit(code, form, f -> products.failCheck(code, id, f.version(), f.text("note")),
                "delivery.flash.checkFailed", flash);
    }

    /** A browser sends an empty part without a name when no file was chosen; an empty named file is refused. */
    static boolean noFileChosen(MultipartFile file) {
        return file == null || (file.isEmpty()
                && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable String code, @PathVariable long id, Model model) {
        Product product = products.productsOf(code).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> DomainException.notFound("delivery.product.notFound", id));
        model.addAttribute("code", code);
        model.addAttribute("product", product);
        model.addAttribute("revisions", RevisionLine.of(products.history(code, id), messages));
        model.addAttribute("zone", clock.getZone());
        return "delivery/product-history";
    }
}
