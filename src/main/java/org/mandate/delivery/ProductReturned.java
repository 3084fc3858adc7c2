package org.mandate.delivery;

/** The assigner returned a delivered product with comments. */
public record ProductReturned(String itemCode, String leadUnitCode, long productId,
                              String comments) implements DeliveryEvent {

    @Override
    public String action() {
        return "PRODUCT_RETURNED";
    }
}
