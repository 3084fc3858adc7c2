package org.mandate.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.access.SystemPrincipal;
import org.mandate.delivery.Delivery;
import org.mandate.delivery.PlanItem;
import org.mandate.delivery.PlanItemDraft;
import org.mandate.delivery.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** A task and an indicator are linked once, in delivery's plan_item_indicator, and read back from either side. */
@SpringBootTest
@Transactional
class IndicatorLinkTests {

    @Autowired
    Programme programme;

    @Autowired
    Delivery delivery;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTaskLinkedToAnIndicatorIsListedByTheIndicatorAndAnIndicatorLinkedToATaskIsListedByTheTask() {
        SystemPrincipal.runAs(Role.ADMIN, () -> {
            PlanItem task = delivery.item("G2.6");
            programme.change("G2.6", task.version(), draft(task, List.of("GRDP_GROWTH")));

            assertThat(catalogue.indicator("GRDP_GROWTH").planItemCodes()).contains("G2.6");

            catalogue.save(catalogue.indicator("BUDGET_REVENUE").withPlanItemCodes(List.of("G2.6", "G1.2")));

            assertThat(delivery.item("G2.6").indicatorCodes()).containsExactly("BUDGET_REVENUE", "GRDP_GROWTH");
            assertThat(catalogue.indicator("BUDGET_REVENUE").planItemCodes()).containsExactly("G1.2", "G2.6");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_item_indicator WHERE plan_item_code = 'G2.6'")
                    .query(Long.class).single()).isEqualTo(2);
        });
    }

    private PlanItemDraft draft(PlanItem task, List<String> indicators) {
        String parent = jdbc.sql("SELECT code FROM plan_item WHERE id = :id").param("id", task.parentId())
                .query(String.class).single();
        return new PlanItemDraft(task.code(), parent, task.kind(), task.title(), task.description(),
                task.sourceDocument(), task.leadUnitCode(), task.coordinatingUnitCodes(), task.responsiblePersonId(),
                task.ownerPersonId(), task.startDate(), task.dueDate(), task.priority(), indicators);
    }
}
