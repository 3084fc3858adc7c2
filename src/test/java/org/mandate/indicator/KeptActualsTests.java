package org.mandate.indicator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptActualsTests {

    private final AtomicLong now = new AtomicLong();
    private final KeptActuals kept = new KeptActuals(10, 10, Duration.ofMinutes(10), now::get);
    private final KeptActuals.Stamp stamp = new KeptActuals.Stamp(1, 4, 0);
    private final Indicator revenue = VerdictRuleTests.indicator(Direction.HIGHER_IS_BETTER, 0, null, PreferredSide.NONE);
    private final KeptActuals.Key key = new KeptActuals.Key(revenue, "VP", 2024);
    private final KeptActuals.Year year = new KeptActuals.Year(stamp, null, new BigDecimal[12]);

    @Test
    void aKeptYearIsReusedWhileItsCountersAreUnchanged() {
        kept.keep(key, year);

        assertThat(kept.year(key, stamp)).isSameAs(year);
        assertThat(kept.year(key, new KeptActuals.Stamp(1, 5, 0))).as("a write bumped the indicator's year").isNull();
    }

    @Test
    void aKeptYearIsDroppedAfterItsMaximumAgeEvenWhenNoBumpArrived() {
        kept.keep(key, year);

        now.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(kept.year(key, stamp)).isSameAs(year);
        now.addAndGet(1);
        assertThat(kept.year(key, stamp)).isNull();
    }

    @Test
    void aKeptYearIsNotReusedForAChangedDefinitionOfTheSameIndicator() {
        kept.keep(key, year);
        Indicator summedInstead = VerdictRuleTests.indicator(Direction.LOWER_IS_BETTER, 0, null, PreferredSide.NONE);

        assertThat(kept.year(new KeptActuals.Key(summedInstead, "VP", 2024), stamp)).isNull();
        assertThat(kept.year(new KeptActuals.Key(revenue, "VP", 2025), stamp)).isNull();
        assertThat(kept.year(new KeptActuals.Key(revenue, "VP", 2024), stamp)).isSameAs(year);
    }
}
