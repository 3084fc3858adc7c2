package org.mandate.system.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.mandate.delivery.Delivery;
import org.mandate.delivery.Product;
import org.mandate.delivery.ProductDraft;
import org.mandate.delivery.ProductType;
import org.mandate.delivery.ProductWork;
import org.mandate.delivery.TaskWork;
import org.mandate.delivery.io.TaskFiles;
import org.mandate.document.io.DocumentFiles;
import org.mandate.shared.Period;
import org.mandate.shared.io.TabularFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo programme on first start, after the demo organisation and accounts: the documents
 * and the 2021–2025 programme of action from the reference files, through the import pipeline, with
 * a story as of late 2026: most tasks done (a few late), one deadline extended, two tasks still
 * running (one due within days), one completion returned for rework, one task overdue; products
 * and progress reports on the tasks a newcomer will open first.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "mandate.demo.enabled", havingValue = "true")
class DemoDelivery implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoDelivery.class);
    private static final String FOLDER = "demo/vinh-phuc/";

    /** Completion dates (accepted) by task code; tasks absent here are not done. */
    private static final Map<String, String> COMPLETED = Map.of(
            "G1.1", "2021-12-20", "G1.2", "2021-12-28", "G2.1", "2021-12-31", "G2.2", "2024-04-20",
            "G2.3", "2024-02-26", "G2.4", "2024-05-15", "G2.5", "2024-06-20", "G2.8", "2024-06-25",
            "G2.9", "2024-06-10", "G3.2", "2024-01-25");
    /** Approved extensions (new due date) by task code. */
    private static final Map<String, String> EXTENDED = Map.of(
            "G2.5", "2024-06-30", "G2.7", "2026-12-31", "G3.1", "2026-11-30");

    private final Delivery delivery;
    private final DocumentFiles documentFiles;
    private final TaskFiles taskFiles;
    private final TaskWork work;
    private final ProductWork products;
    private final TransactionTemplate transaction;

    DemoDelivery(Delivery delivery, DocumentFiles documentFiles, TaskFiles taskFiles, TaskWork work,
                 ProductWork products, TransactionTemplate transaction) {
        this.delivery = delivery;
        this.documentFiles = documentFiles;
        this.taskFiles = taskFiles;
        this.work = work;
        this.products = products;
        this.transaction = transaction;
    }

    @Override
    public void run() {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        MandateUser loader = new MandateUser(0L, "demo-loader", null, null, "vi", Set.of(Role.ADMIN), Set.of(), true,
                false);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(loader, null,
                loader.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            if (delivery.hasPlanItems()) {
                return;
            }
            transaction.executeWithoutResult(status -> load());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load() {
        int documents = documentFiles.importDocuments(read("documents.csv"), TabularFormat.CSV, false);
        var tasks = taskFiles.importItems(withStory(read("tasks.csv")), TabularFormat.CSV, false);
        LocalDate today = delivery.today();

        work.reportCompletion("G2.6", LocalDate.of(2024, 12, 20), "Đã tháo gỡ vướng mắc tại 3/4 khu công nghiệp.");
        work.decideCompletion("G2.6", false,
                "Chưa có biên bản bàn giao hạ tầng khu công nghiệp thứ tư; đề nghị hoàn thiện hồ sơ và báo cáo lại.");

        Product plan = products.register("G2.3", new ProductDraft("Quyết định phê duyệt Quy hoạch tỉnh Vĩnh Phúc "
                + "thời kỳ 2021-2030, tầm nhìn 2050", ProductType.PLAN_APPROVED, BigDecimal.ONE,
                LocalDate.of(2024, 2, 29)));
        products.deliver("G2.3", plan.id(), LocalDate.of(2024, 2, 26), null, null);
        products.decide("G2.3", plan.id(), true, "Đạt yêu cầu.");
        Product rule = products.register("G1.2", new ProductDraft("Quy định thí điểm đánh giá cán bộ bằng sản phẩm",
                ProductType.DOCUMENT_ISSUED, new BigDecimal("2"), LocalDate.of(2021, 7, 1)));
        products.deliver("G1.2", rule.id(), LocalDate.of(2021, 7, 1), null, "371-QĐ/TU");
        products.decide("G1.2", rule.id(), true, null);
        products.register("G2.7", new ProductDraft("Báo cáo kết quả giải ngân vốn đầu tư công năm 2024",
                ProductType.REPORT, BigDecimal.ONE, LocalDate.of(2026, 12, 31)));
        Product survey = products.register("G2.6", new ProductDraft("Biên bản bàn giao hạ tầng các khu công nghiệp",
                ProductType.PROJECT_COMPLETED, new BigDecimal("3"), LocalDate.of(2024, 12, 31)));
        products.deliver("G2.6", survey.id(), LocalDate.of(2024, 12, 20), null, null);
        products.failCheck("G2.6", survey.id(), "Thiếu biên bản của khu công nghiệp thứ tư.");
        products.decide("G2.6", survey.id(), false, "Bổ sung biên bản còn thiếu.");

        Period last = delivery.lastClosedPeriod(today);
        work.reportProgress("G2.7", last.previous(), 80, "Đã giải ngân 80% kế hoạch vốn được giao.",
                "Vướng mắc giải phóng mặt bằng ở 2 dự án.", "Đề nghị UBND tỉnh điều chuyển vốn của dự án chậm.");
        work.reportProgress("G2.7", last, 88, "Đã giải ngân 88% kế hoạch vốn được giao.", null, null);
        work.reportProgress("G3.1", last, 90, "Đã kết thúc 9/10 cuộc thanh tra theo kế hoạch.", null, null);
        log.info("Demo programme loaded: {} documents, {} plan items", documents, tasks.created());
    }

    /** tasks.csv with the demo's completion dates and extensions added as the optional columns. */
    private static byte[] withStory(byte[] tasksCsv) {
        String[] lines = new String(tasksCsv, StandardCharsets.UTF_8).split("\r?\n");
        StringBuilder out = new StringBuilder(lines[0]).append(",completed_date,extended_due_date\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String code = lines[i].substring(0, lines[i].indexOf(','));
            out.append(lines[i]).append(',').append(COMPLETED.getOrDefault(code, "")).append(',')
                    .append(EXTENDED.getOrDefault(code, "")).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Demo file missing: " + FOLDER + name, e);
        }
    }
}
