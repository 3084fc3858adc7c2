package org.mandate.delivery;

/** A quality check of a product failed (each failure counts against the product's quality). */
public record ProductCheckFailed(String itemCode, String leadUnitCode, long productId, int failedChecks,
                                 String note) implements DeliveryEvent {

    @Override
    public String action() {
        return "PRODUCT_CHECK_FAILED";
    }
}
