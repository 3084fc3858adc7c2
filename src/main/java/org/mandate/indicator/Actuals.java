package org.mandate.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.PeriodType;
import org.springframework.stereotype.Component;

/**
 * A unit's actual values over years, following the org tree and its history: the unit's own values
 * where it has them, otherwise its parts combined by the indicator's aggregation. "Parts" are the
 * units of its lineage ({@link Organization#lineage}: its sub-units at any date and, through
 * reorganisation mappings, its predecessors with theirs), and of those only the top-most ones that
 * have a value, so that a province and its districts are never counted twice. So Phú Thọ's 2023
 * budget revenue is the sum of what Vĩnh Phúc, the old Phú Thọ and Hòa Bình reported for 2023.
 */
@Component
class Actuals {

    private final Organization organization;
    private final DataValues values;
    private final Indicators indicators;

    Actuals(Organization organization, DataValues values, Indicators indicators) {
        this.organization = organization;
        this.values = values;
        this.indicators = indicators;
    }

    /** Annual values by year and, for each year, the 12 monthly values (null where missing). */
    record Series(TreeMap<Integer, Annual> annual, Map<Integer, BigDecimal[]> months) {

        BigDecimal valueIn(int year) {
            Annual a = annual.get(year);
            return a == null ? null : a.value();
        }

        BigDecimal[] monthsOf(int year) {
            return months.getOrDefault(year, new BigDecimal[12]);
        }
    }

    Series series(Indicator indicator, String unitCode, int fromYear, int toYear) {
        List<OrgUnitView> lineage = lineage(unitCode);
        return series(indicator, unitCode, lineage, fromYear, toYear);
    }

    private Series series(Indicator indicator, String unitCode, List<OrgUnitView> lineage, int fromYear,
                          int toYear) {
        List<String> codes = lineage.stream().map(OrgUnitView::code).toList();
        Map<String, List<DataValue>> byUnit = values.counted(indicator.id(), codes, fromYear, toYear).stream()
                .collect(Collectors.groupingBy(DataValue::unitCode));
        Map<String, Map<Integer, Annual>> annualByUnit = annualByUnit(indicator, byUnit);
        Map<String, Map<Integer, Annual>> weightsByUnit = indicator.aggregation() == Aggregation.WEIGHTED
                && indicator.weightIndicatorCode() != null
                ? indicators.byCode(indicator.weightIndicatorCode()).map(w -> annualByUnit(w,
                values.counted(w.id(), codes, fromYear, toYear).stream()
                        .collect(Collectors.groupingBy(DataValue::unitCode)))).orElse(null)
                : null;
        TreeMap<Integer, Annual> annual = new TreeMap<>();
        Map<Integer, BigDecimal[]> months = new HashMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            final int y = year;
            Annual own = annualByUnit.getOrDefault(unitCode, Map.of()).get(y);
            if (own != null) {
                annual.put(y, own);
            } else {
                Map<String, BigDecimal> parts = new HashMap<>();
                annualByUnit.forEach((unit, perYear) -> {
                    if (!unit.equals(unitCode) && perYear.containsKey(y)) {
                        parts.put(unit, perYear.get(y).value());
                    }
                });
                combine(indicator, lineage, parts, weightsByUnit == null ? null : weightsIn(weightsByUnit, y))
                        .ifPresent(v -> annual.put(y, new Annual(v, Annual.Source.AGGREGATED, null)));
            }
            months.put(y, months(indicator, unitCode, lineage, byUnit, y));
        }
        return new Series(annual, months);
    }

    private static Map<String, Map<Integer, Annual>> annualByUnit(Indicator indicator,
                                                                 Map<String, List<DataValue>> byUnit) {
        Map<String, Map<Integer, Annual>> result = new HashMap<>();
        byUnit.forEach((unit, list) -> {
            Map<Integer, Annual> perYear = new HashMap<>();
            list.stream().collect(Collectors.groupingBy(v -> v.period().year()))
                    .forEach((year, inYear) -> AnnualDerivation.of(indicator.valueKind(), inYear)
                            .ifPresent(a -> perYear.put(year, a)));
            result.put(unit, perYear);
        });
        return result;
    }

    private static Map<String, BigDecimal> weightsIn(Map<String, Map<Integer, Annual>> weightsByUnit, int year) {
        Map<String, BigDecimal> weights = new HashMap<>();
        weightsByUnit.forEach((unit, perYear) -> {
            if (perYear.containsKey(year)) {
                weights.put(unit, perYear.get(year).value());
            }
        });
        return weights;
    }

    private BigDecimal[] months(Indicator indicator, String unitCode, List<OrgUnitView> lineage,
                                Map<String, List<DataValue>> byUnit, int year) {
        BigDecimal[] result = new BigDecimal[12];
        for (int m = 1; m <= 12; m++) {
            final int month = m;
            Map<String, BigDecimal> parts = new HashMap<>();
            byUnit.forEach((unit, list) -> list.stream()
                    .filter(v -> v.period().type() == PeriodType.MONTH && v.period().year() == year
                            && v.period().index() == month)
                    .findFirst().ifPresent(v -> parts.put(unit, v.value())));
            if (parts.containsKey(unitCode)) {
                result[m - 1] = parts.get(unitCode);
            } else if (indicator.aggregation() == Aggregation.SUM) {
                result[m - 1] = combine(indicator, lineage, parts, null).orElse(null);
            }
        }
        return result;
    }

    private List<OrgUnitView> lineage(String unitCode) {
        return organization.lineage(unitCode);
    }

    /**
     * Combines the parts' values by the indicator's aggregation, counting only top-most units (no
     * ancestor in the lineage with a value of its own).
     */
    static Optional<BigDecimal> combine(Indicator indicator, List<OrgUnitView> lineage, Map<String, BigDecimal> parts,
                                        Map<String, BigDecimal> weights) {
        List<String> topCodes = topMost(lineage, parts.keySet());
        List<OrgUnitView> top = lineage.stream().filter(u -> topCodes.contains(u.code())).toList();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> vs = top.stream().map(u -> parts.get(u.code())).toList();
        return switch (indicator.aggregation()) {
            case SUM -> Optional.of(vs.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            case AVERAGE -> Optional.of(vs.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(vs.size()), MathContext.DECIMAL64));
            case WEIGHTED -> weighted(top, parts, weights);
            case NONE -> top.size() == 1 ? Optional.of(vs.getFirst()) : Optional.empty();
        };
    }

    /** Codes among {@code withValue} that have no ancestor (by path) among them, in lineage order. */
    static List<String> topMost(List<OrgUnitView> lineage, java.util.Set<String> withValue) {
        List<OrgUnitView> candidates = lineage.stream().filter(u -> withValue.contains(u.code())).toList();
        List<String> top = new ArrayList<>();
        for (OrgUnitView u : candidates) {
            if (candidates.stream().noneMatch(o -> o != u && !o.path().equals(u.path()) && u.isWithin(o))) {
                top.add(u.code());
            }
        }
        return top;
    }

    private static Optional<BigDecimal> weighted(List<OrgUnitView> top, Map<String, BigDecimal> parts,
                                                 Map<String, BigDecimal> weights) {
        if (weights == null || top.stream().anyMatch(u -> weights.get(u.code()) == null)) {
            return Optional.empty();
        }
        BigDecimal sumW = top.stream().map(u -> weights.get(u.code())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sumW.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal sum = top.stream().map(u -> parts.get(u.code()).multiply(weights.get(u.code())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(sumW, MathContext.DECIMAL64));
    }
}
