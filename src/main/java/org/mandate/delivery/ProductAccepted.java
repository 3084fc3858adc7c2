package org.mandate.delivery;

/** The assigner accepted a delivered product. */
public record ProductAccepted(String itemCode, String leadUnitCode, long productId,
                              String comments) implements DeliveryEvent {

    @Override
    public String action() {
        return "PRODUCT_ACCEPTED";
    }
}
