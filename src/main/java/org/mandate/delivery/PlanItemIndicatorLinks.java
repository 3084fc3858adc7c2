package org.mandate.delivery;

import org.mandate.delivery.store.IndicatorLinkStore;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterDeleteCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Keeps a plan item's indicator codes with the item: read when the item is loaded, written when it
 * is saved after its draft changed them, removed with the item.
 */
@Component
class PlanItemIndicatorLinks implements AfterConvertCallback<PlanItem>, AfterSaveCallback<PlanItem>,
        AfterDeleteCallback<PlanItem> {

    private final IndicatorLinkStore store;

    PlanItemIndicatorLinks(IndicatorLinkStore store) {
        this.store = store;
    }

    @Override
    public PlanItem onAfterConvert(PlanItem item) {
        item.loadIndicatorCodes(store.indicatorsOf(item.code()));
        return item;
    }

    @Override
    public PlanItem onAfterSave(PlanItem item) {
        if (item.indicatorCodesChanged()) {
            store.replaceIndicatorsOf(item.code(), item.indicatorCodes());
            item.loadIndicatorCodes(item.indicatorCodes());
        }
        return item;
    }

    @Override
    public PlanItem onAfterDelete(PlanItem item) {
        if (item != null) {
            store.replaceIndicatorsOf(item.code(), java.util.List.of());
        }
        return item;
    }
}
