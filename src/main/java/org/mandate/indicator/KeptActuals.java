package org.mandate.indicator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.mandate.organization.OrgUnitView;

/**
 * Results of {@link Actuals} kept in memory, least recently used first out: a unit's lineage, and one
 * year of a unit's rolled-up actuals (annual value and months) per indicator definition, each with the
 * {@link org.mandate.indicator.store.Generations} counters it was computed under. A result is returned only while those counters
 * are unchanged, so a write anywhere (on any instance) is seen by the next read.
 *
 * <p>Counters are bumped just after a writer commits; an instance that dies in between leaves other
 * instances holding the old year. As a safety net a kept result is also dropped after a maximum age
 * (10 minutes by default), which bounds how long such a missed bump can show stale numbers.
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

    private record Held<T>(T value, long keptAt) {
    }

    /**
     * Where a year is kept: by indicator code, not by the whole {@link Indicator} record, whose
     * hashCode and equals walk every field of the definition on each lookup (the board makes
     * thousands); the definition is compared once, on a hit.
     */
    private record Slot(String indicatorCode, String unit, int year) {

        static Slot of(Key key) {
            return new Slot(key.indicator().code(), key.unit(), key.year());
        }
    }

    private record KeptYear(Indicator indicator, Year year) {
    }

    private final Map<Slot, Held<KeptYear>> years;
    private final Map<String, Held<Lineage>> lineages;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;

    KeptActuals(int maxYears, int maxLineages, Duration maxAge) {
        this(maxYears, maxLineages, maxAge, System::nanoTime);
    }

    KeptActuals(int maxYears, int maxLineages, Duration maxAge, LongSupplier nanoTime) {
        this.years = lru(maxYears);
        this.lineages = lru(maxLineages);
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    private <T> T fresh(Held<T> held) {
        return held != null && nanoTime.getAsLong() - held.keptAt() <= maxAgeNanos ? held.value() : null;
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
        KeptYear kept = fresh(years.get(Slot.of(key)));
        if (kept == null || !kept.year().stamp().equals(stamp)) {
            return null;
        }
        Indicator asked = key.indicator();
        return kept.indicator() == asked || kept.indicator().equals(asked) ? kept.year() : null;
    }

    synchronized void keep(Key key, Year year) {
        years.put(Slot.of(key), new Held<>(new KeptYear(key.indicator(), year), nanoTime.getAsLong()));
    }

    synchronized List<OrgUnitView> lineage(String unitCode, long global) {
        Lineage l = fresh(lineages.get(unitCode));
        return l != null && l.global() == global ? l.units() : null;
    }

    synchronized void keep(String unitCode, long global, List<OrgUnitView> units) {
        lineages.put(unitCode, new Held<>(new Lineage(global, List.copyOf(units)), nanoTime.getAsLong()));
    }
}
