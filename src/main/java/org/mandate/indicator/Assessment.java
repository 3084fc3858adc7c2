package org.mandate.indicator;

import java.math.BigDecimal;

/**
 * The verdict on one target: the actual read per the target's kind (and, for a term, the term
 * mode), the computed verdict and ratio, and the verdict that stands (an override when the assigner
 * made one, with its reason).
 *
 * @param estimate   the actual includes a year-to-date estimate
 * @param difference entered annual minus the one derived from periods, when they differ
 */
public record Assessment(String indicator, String unit, int year, TargetKind kind, BigDecimal actual,
                         BigDecimal target, BigDecimal ratio, Verdict verdict, Verdict computedVerdict,
                         String overrideReason, boolean estimate, BigDecimal difference) {
}
