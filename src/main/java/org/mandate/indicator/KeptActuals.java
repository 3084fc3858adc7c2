package org.mandate.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandate.organization.OrgUnitView;

/**
 * Results of {@link Actuals} kept in memory, least recently used first out: a unit's lineage, and one
 * year of a unit's rolled-up actuals (annual value and months) per indicator definition, each with the
 * {@link Generations} counters it was computed under. A result is returned only while those counters
 * are unchanged, so a write anywhere (on any instance) is seen by the next read.
 */
final class KeptActuals {

    /** The counters a year of actuals depends on: global, the indicator's and its weight's for that year. */
    record Stamp(long global, long own, long weight) {
    }

    record Key(Indicator indicator, String unit, int year) {
    }

    record Year(Stamp stamp, Annual annual, BigDecimal[] months) {
    }

    private record Lineage(long global, List<OrgUnitView> units) {
    }

    private final Map<Key, Year> years;
    private final Map<String, Lineage> lineages;

    KeptActuals(int maxYears, int maxLineages) {
        this.years = lru(maxYears);
        this.lineages = lru(maxLineages);
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    synchronized Year year(Key key, Stamp stamp) {
        Year y = years.get(key);
        return y != null && y.stamp().equals(stamp) ? y : null;
    }

    synchronized void keep(Key key, Year year) {
        years.put(key, year);
    }

    synchronized List<OrgUnitView> lineage(String unitCode, long global) {
        Lineage l = lineages.get(unitCode);
        return l != null && l.global() == global ? l.units() : null;
    }

    synchronized void keep(String unitCode, long global, List<OrgUnitView> units) {
        lineages.put(unitCode, new Lineage(global, List.copyOf(units)));
    }
}
