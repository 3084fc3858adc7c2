package org.mandate.delivery;

import java.time.LocalDate;
import java.util.UUID;

/** A product was delivered, with its evidence. */
public record ProductDelivered(String itemCode, String leadUnitCode, long productId, LocalDate deliveredOn,
                               UUID evidenceFileId, String evidenceDocument) implements DeliveryEvent {

    @Override
    public String action() {
        return "PRODUCT_DELIVERED";
    }
}
