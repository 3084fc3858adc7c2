package org.mandate.indicator;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mandate.shared.PeriodType;

/**
 * A unit's annual value from the values it entered within one year. An entered annual value wins;
 * otherwise, by value kind:
 * <ul>
 * <li>FLOW: the sum of the year's 12 months, else of its 4 quarters, else of its 2 half-years (a
 * year still in progress has no annual value: its year-to-date is what the forecast reads);</li>
 * <li>LEVEL: the value of the latest period (an estimate when that period ends before December);</li>
 * <li>RATE: the latest year-to-date value, an estimate when it ends before December.</li>
 * </ul>
 * What the periods give is kept beside an entered value so that a difference can be shown.
 */
final class AnnualDerivation {

    private AnnualDerivation() {
    }

    static Optional<Annual> of(ValueKind kind, List<DataValue> valuesInYear) {
        BigDecimal entered = valuesInYear.stream().filter(v -> v.period().type() == PeriodType.YEAR)
                .map(DataValue::value).findFirst().orElse(null);
        List<DataValue> parts = valuesInYear.stream().filter(v -> v.period().type() != PeriodType.YEAR).toList();
        Annual derived = switch (kind) {
            case FLOW -> flow(parts);
            case LEVEL, RATE -> latest(parts);
        };
        if (entered != null) {
            return Optional.of(new Annual(entered, Annual.Source.ENTERED, derived == null ? null : derived.value()));
        }
        return Optional.ofNullable(derived);
    }

    private static Annual flow(List<DataValue> parts) {
        Map<PeriodType, List<DataValue>> byType = parts.stream().collect(Collectors.groupingBy(v -> v.period().type()));
        for (PeriodType type : List.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.HALF_YEAR)) {
            List<DataValue> values = byType.getOrDefault(type, List.of());
            if (values.size() == 12 / type.months()) {
                return new Annual(values.stream().map(DataValue::value).reduce(BigDecimal.ZERO, BigDecimal::add),
                        Annual.Source.DERIVED, null);
            }
        }
        return null;
    }

    private static Annual latest(List<DataValue> parts) {
        return parts.stream()
                .max(Comparator.comparing((DataValue v) -> v.period().endDate()).thenComparing(v -> v.period().type().months()))
                .map(v -> new Annual(v.value(), v.period().lastMonth().getMonthValue() == 12
                        ? Annual.Source.DERIVED : Annual.Source.ESTIMATE, null))
                .orElse(null);
    }
}
