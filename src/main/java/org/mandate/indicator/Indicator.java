package org.mandate.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * An indicator of the catalogue: what is measured, in which unit and at how many decimals, which
 * direction is good, how values add up over a year (value kind), over units (aggregation) and over
 * the term (term mode), who owns it, which document set it and which plan items (task codes)
 * deliver it.
 *
 * @param tolerance   how far from the target still counts as achieved (0 by default)
 * @param rangeLow    lower bound for RANGE indicators
 * @param rangeHigh   upper bound for RANGE indicators
 * @param minValue    plausible minimum; values below it need a comment
 * @param maxValue    plausible maximum; values above it need a comment
 * @param weightIndicatorCode for WEIGHTED aggregation, the indicator whose values are the weights
 * @param version     the stored version as read (optimistic locking: a change naming an older one is
 *                    refused); null for a new indicator or a replacement by import
 */
public record Indicator(Long id, String code, String nameVi, String nameEn, String unitOfMeasure, int decimals,
                        Direction direction, ValueKind valueKind, Aggregation aggregation,
                        String weightIndicatorCode, TermMode termMode, BigDecimal tolerance,
                        PreferredSide preferredSide, BigDecimal rangeLow, BigDecimal rangeHigh, BigDecimal minValue,
                        BigDecimal maxValue, String ownerUnitCode, String sourceDocument, List<String> planItemCodes,
                        Integer version) {

    /** A new indicator, or one whose stored version is not known (an import replaces by code). */
    public Indicator(Long id, String code, String nameVi, String nameEn, String unitOfMeasure, int decimals,
                     Direction direction, ValueKind valueKind, Aggregation aggregation, String weightIndicatorCode,
                     TermMode termMode, BigDecimal tolerance, PreferredSide preferredSide, BigDecimal rangeLow,
                     BigDecimal rangeHigh, BigDecimal minValue, BigDecimal maxValue, String ownerUnitCode,
                     String sourceDocument, List<String> planItemCodes) {
        this(id, code, nameVi, nameEn, unitOfMeasure, decimals, direction, valueKind, aggregation, weightIndicatorCode,
                termMode, tolerance, preferredSide, rangeLow, rangeHigh, minValue, maxValue, ownerUnitCode,
                sourceDocument, planItemCodes, null);
    }

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(valueKind, "valueKind");
        aggregation = aggregation == null ? Aggregation.NONE : aggregation;
        termMode = termMode == null ? TermMode.defaultFor(valueKind) : termMode;
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
        preferredSide = preferredSide == null ? PreferredSide.NONE : preferredSide;
        planItemCodes = planItemCodes == null ? List.of() : List.copyOf(planItemCodes);
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0..6: " + decimals);
        }
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
    }

    /** The value as shown and compared: at the indicator's decimals, half up. */
    public BigDecimal atPrecision(BigDecimal value) {
        return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Whether a larger value is the good one (for run rates, likelihoods and "behind"). */
    public boolean higherIsGood() {
        return direction.higherIsGood(preferredSide);
    }

    /** Name in the language asked for, Vietnamese when there is no English name. */
    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    /** The same indicator as changed from the given version. */
    public Indicator withVersion(Integer readVersion) {
        return new Indicator(id, code, nameVi, nameEn, unitOfMeasure, decimals, direction, valueKind, aggregation,
                weightIndicatorCode, termMode, tolerance, preferredSide, rangeLow, rangeHigh, minValue, maxValue,
                ownerUnitCode, sourceDocument, planItemCodes, readVersion);
    }

    public Indicator withId(Long newId) {
        return new Indicator(newId, code, nameVi, nameEn, unitOfMeasure, decimals, direction, valueKind, aggregation,
                weightIndicatorCode, termMode, tolerance, preferredSide, rangeLow, rangeHigh, minValue, maxValue,
                ownerUnitCode, sourceDocument, planItemCodes, version);
    }

    /** The same indicator linked to these plan items (delivery's IndicatorLinks hold the links). */
    public Indicator withPlanItemCodes(List<String> codes) {
        return new Indicator(id, code, nameVi, nameEn, unitOfMeasure, decimals, direction, valueKind, aggregation,
                weightIndicatorCode, termMode, tolerance, preferredSide, rangeLow, rangeHigh, minValue, maxValue,
                ownerUnitCode, sourceDocument, codes, version);
    }
}
