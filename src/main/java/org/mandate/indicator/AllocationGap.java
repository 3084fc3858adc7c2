package org.mandate.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A SUM indicator's target for a unit that its sub-units' targets do not add up to.
 *
 * @param parts codes of the sub-units whose targets were added
 */
public record AllocationGap(String indicatorCode, String unitCode, TargetKind kind, int year, BigDecimal target,
                            BigDecimal sumOfParts, List<String> parts) {

    /** A readable line for import warnings. */
    public String describe() {
        return "%s %s %s %d: target %s, sub-units %s add up to %s".formatted(indicatorCode, unitCode, kind, year,
                target.toPlainString(), String.join(";", parts), sumOfParts.toPlainString());
    }
}
