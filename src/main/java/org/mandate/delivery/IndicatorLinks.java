package org.mandate.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.mandate.delivery.store.IndicatorLinkStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which plan items serve which indicators: one relation ({@code plan_item_indicator}, owned here),
 * edited from either side. A plan item's side goes with the item ({@link PlanItem#indicatorCodes()});
 * the indicator catalogue reads and replaces an indicator's side through this class, after checking
 * its own permission (TARGET_WRITE) for the indicator. Links are by code, so the catalogue may name
 * a plan item that is loaded later.
 */
@Component
public class IndicatorLinks {

    private final IndicatorLinkStore store;

    IndicatorLinks(IndicatorLinkStore store) {
        this.store = store;
    }

    /** Codes of the plan items linked to each indicator given; indicators without links are absent. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> planItemsOf(Collection<String> indicatorCodes) {
        return store.planItemsOf(indicatorCodes);
    }

    /** Makes these the plan items linked to the indicator (none removes its links). */
    @Transactional
    public void linkPlanItems(String indicatorCode, Collection<String> planItemCodes) {
        store.replacePlanItemsOf(indicatorCode, planItemCodes);
    }
}
