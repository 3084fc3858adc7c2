package org.mandate.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A product was registered for a task or an individual programme item. */
public record ProductRegistered(String itemCode, String leadUnitCode, long productId, String title, String type,
                                BigDecimal workUnits, LocalDate expectedOn) implements DeliveryEvent {

    @Override
    public String action() {
        return "PRODUCT_REGISTERED";
    }
}
