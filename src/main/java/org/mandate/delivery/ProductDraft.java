package org.mandate.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the lead unit gives to register or change a product.
 *
 * @param workUnits converted work units used later for evaluation (1 when null)
 */
public record ProductDraft(String title, ProductType type, BigDecimal workUnits, LocalDate expectedOn) {

    public ProductDraft {
        workUnits = workUnits == null ? BigDecimal.ONE : workUnits;
    }
}
