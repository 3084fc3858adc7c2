package org.mandate.indicator;

import java.math.BigDecimal;
import java.time.Duration;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.PeriodType;
import org.mandate.indicator.store.DataValues;
import org.mandate.indicator.store.Generations;
import org.mandate.indicator.store.Indicators;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A unit's actual values over years, following the org tree and its history: the unit's own values
 * where it has them, otherwise its parts combined by the indicator's aggregation. "Parts" are the
 * units of its lineage ({@link Organization#lineage}: its sub-units at any date and, through
 * reorganisation mappings, its predecessors with theirs), and of those only the top-most ones that
 * have a value, so that a province and its districts are never counted twice. So Phú Thọ's 2023
 * budget revenue is the sum of what Vĩnh Phúc, the old Phú Thọ and Hòa Bình reported for 2023.
 *
 * <p>Each year of a unit's series depends only on that year's values, so years are computed once and
 * kept ({@link KeptActuals}) until a counter of {@link Generations} they depend on changes; a board
 * that asks again for the same units and indicators then reads no values at all.
 */
@Component
class Actuals {

    private final Organization organization;
    private final DataValues values;
    private final Indicators indicators;
    private final Generations generations;
    private final KeptActuals kept;

    Actuals(Organization organization, DataValues values, Indicators indicators, Generations generations,
            @Value("${mandate.indicator.kept-years:100000}") int keptYears,
            @Value("${mandate.indicator.kept-for:PT10M}") Duration keptFor) {
        this.organization = organization;
        this.values = values;
        this.indicators = indicators;
        this.generations = generations;
        this.kept = new KeptActuals(keptYears, 20_000, keptFor);
    }

    /** Annual values by year and, for each year, the 12 monthly values (null where missing). */
    record Series(TreeMap<Integer, Annual> annual, Map<Integer, BigDecimal[]> months) {

        BigDecimal valueIn(int year) {
            Annual a = annual.get(year);
            return a == null ? null : a.value();
        }

        BigDecimal[] monthsOf(int year) {
            BigDecimal[] m = months.get(year);
            return m == null ? new BigDecimal[12] : m.clone();
        }
    }

    Series series(Indicator indicator, String unitCode, int fromYear, int toYear) {
        return kept(indicator, unitCode, fromYear, toYear, () -> lineage(unitCode));
    }

    /**
     * The series of several units taken together as one that has no values of its own (the nation as
     * the top-level units on a date): their lineages' top-most values combined by the aggregation.
     */
    Series combined(Indicator indicator, List<String> unitCodes, int fromYear, int toYear) {
        String key = "(" + String.join(" ", unitCodes) + ")";
        return kept(indicator, key, fromYear, toYear, () -> {
            Map<Long, OrgUnitView> union = new LinkedHashMap<>();
            unitCodes.forEach(code -> lineage(code).forEach(u -> union.putIfAbsent(u.id(), u)));
            return List.copyOf(union.values());
        });
    }

    /** The unit's lineage ({@link Organization#lineage}), kept until the org structure changes. */
    List<OrgUnitView> lineage(String unitCode) {
        if (generations.writing()) {
            return organization.lineage(unitCode);
        }
        long global = generations.snapshot().global();
        List<OrgUnitView> lineage = kept.lineage(unitCode, global);
        if (lineage == null) {
            lineage = organization.lineage(unitCode);
            kept.keep(unitCode, global, lineage);
        }
        return lineage;
    }

    private Series kept(Indicator indicator, String unitCode, int fromYear, int toYear,
                        java.util.function.Supplier<List<OrgUnitView>> lineage) {
        if (generations.writing()) {
            return series(indicator, unitCode, lineage.get(), fromYear, toYear);
        }
        Generations.Snapshot g = generations.snapshot();
        TreeMap<Integer, Annual> annual = new TreeMap<>();
        Map<Integer, BigDecimal[]> months = new HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            KeptActuals.Year year = kept.year(new KeptActuals.Key(indicator, unitCode, y), stamp(g, indicator, y));
            if (year == null) {
                missing.add(y);
            } else {
                put(annual, months, y, year.annual(), year.months());
            }
        }
        List<OrgUnitView> units = missing.isEmpty() ? List.of() : lineage.get();
        int i = 0;
        while (i < missing.size()) {
            int j = i;
            while (j + 1 < missing.size() && missing.get(j + 1) == missing.get(j) + 1) {
                j++;
            }
            Series computed = series(indicator, unitCode, units, missing.get(i), missing.get(j));
            for (int y : missing.subList(i, j + 1)) {
                Annual a = computed.annual().get(y);
                BigDecimal[] m = computed.months().get(y);
                kept.keep(new KeptActuals.Key(indicator, unitCode, y), new KeptActuals.Year(stamp(g, indicator, y), a, m));
                put(annual, months, y, a, m);
            }
            i = j + 1;
        }
        return new Series(annual, months);
    }

    private static void put(TreeMap<Integer, Annual> annual, Map<Integer, BigDecimal[]> months, int year, Annual a,
                            BigDecimal[] m) {
        if (a != null) {
            annual.put(year, a);
        }
        months.put(year, m);
    }

    private static KeptActuals.Stamp stamp(Generations.Snapshot g, Indicator indicator, int year) {
        String weight = indicator.aggregation() == Aggregation.WEIGHTED ? indicator.weightIndicatorCode() : null;
        return new KeptActuals.Stamp(g.global(), g.of(indicator.code(), year), weight == null ? 0 : g.of(weight, year));
    }

    private Series series(Indicator indicator, String unitCode, List<OrgUnitView> lineage, int fromYear,
                          int toYear) {
        List<String> units = lineage.stream().map(OrgUnitView::code).toList();
        Map<String, List<DataValue>> byUnit = values.countedForUnits(indicator.id(), units, fromYear, toYear).stream()
                .collect(Collectors.groupingBy(DataValue::unitCode));
        Map<String, Map<Integer, Annual>> annualByUnit = annualByUnit(indicator, byUnit);
        Map<String, Map<Integer, Annual>> weightsByUnit = indicator.aggregation() == Aggregation.WEIGHTED
                && indicator.weightIndicatorCode() != null
                ? indicators.byCode(indicator.weightIndicatorCode()).map(w -> annualByUnit(w,
                values.countedForUnits(w.id(), units, fromYear, toYear).stream()
                        .collect(Collectors.groupingBy(DataValue::unitCode)))).orElse(null)
                : null;
        Map<String, Map<Integer, BigDecimal[]>> monthlyByUnit = monthlyByUnit(byUnit);
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
            BigDecimal[] inYear = months(indicator, unitCode, lineage, monthlyByUnit, y);
            months.put(y, inYear);
            if (!annual.containsKey(y)) {
                mergeYear(indicator, inYear).ifPresent(v -> annual.put(y, new Annual(v, Annual.Source.AGGREGATED, null)));
            }
        }
        return new Series(annual, months);
    }

    /**
     * A summed flow in the year of a reorganisation: no unit reported the whole year (the predecessors
     * until the merge, the successor after it), but each month has its value from one side, so the
     * year is the sum of the combined months (Jan–Jun from Vĩnh Phúc, the old Phú Thọ and Hòa Bình,
     * Jul–Dec from the new Phú Thọ for 2025).
     */
    private static Optional<BigDecimal> mergeYear(Indicator indicator, BigDecimal[] months) {
        if (indicator.valueKind() != ValueKind.FLOW || indicator.aggregation() != Aggregation.SUM) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal m : months) {
            if (m == null) {
                return Optional.empty();
            }
            sum = sum.add(m);
        }
        return Optional.of(sum);
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

    /** Each unit's monthly values by year (index 0 = January). */
    private static Map<String, Map<Integer, BigDecimal[]>> monthlyByUnit(Map<String, List<DataValue>> byUnit) {
        Map<String, Map<Integer, BigDecimal[]>> result = new HashMap<>();
        byUnit.forEach((unit, list) -> list.forEach(v -> {
            if (v.period().type() == PeriodType.MONTH) {
                BigDecimal[] m = result.computeIfAbsent(unit, k -> new HashMap<>())
                        .computeIfAbsent(v.period().year(), k -> new BigDecimal[12]);
                int i = v.period().index() - 1;
                if (m[i] == null) {
                    m[i] = v.value();
                }
            }
        }));
        return result;
    }

    private static BigDecimal[] months(Indicator indicator, String unitCode, List<OrgUnitView> lineage,
                                       Map<String, Map<Integer, BigDecimal[]>> monthlyByUnit, int year) {
        BigDecimal[] result = new BigDecimal[12];
        BigDecimal[] own = monthlyByUnit.getOrDefault(unitCode, Map.of()).get(year);
        for (int m = 0; m < 12; m++) {
            if (own != null && own[m] != null) {
                result[m] = own[m];
            } else if (indicator.aggregation() == Aggregation.SUM) {
                Map<String, BigDecimal> parts = new HashMap<>();
                for (var e : monthlyByUnit.entrySet()) {
                    BigDecimal[] inYear = e.getValue().get(year);
                    if (inYear != null && inYear[m] != null) {
                        parts.put(e.getKey(), inYear[m]);
                    }
                }
                result[m] = combine(indicator, lineage, parts, null).orElse(null);
            }
        }
        return result;
    }

    /**
     * Combines the parts' values by the indicator's aggregation, counting only top-most units (no
     * ancestor in the lineage with a value of its own).
     */
    static Optional<BigDecimal> combine(Indicator indicator, List<OrgUnitView> lineage, Map<String, BigDecimal> parts,
                                        Map<String, BigDecimal> weights) {
        Set<String> topCodes = new HashSet<>(topMost(lineage, parts.keySet()));
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
        Set<String> paths = new HashSet<>();
        candidates.forEach(u -> paths.add(u.path()));
        List<String> top = new ArrayList<>();
        for (OrgUnitView u : candidates) {
            if (!hasAncestorIn(u.path(), paths)) {
                top.add(u.code());
            }
        }
        return top;
    }

    /** Whether a proper prefix of the path that ends a segment ({@code /1/}, {@code /1/2/}) is among the paths. */
    private static boolean hasAncestorIn(String path, Set<String> paths) {
        for (int i = path.indexOf('/', 1); i >= 0 && i < path.length() - 1; i = path.indexOf('/', i + 1)) {
            if (paths.contains(path.substring(0, i + 1))) {
                return true;
            }
        }
        return false;
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
