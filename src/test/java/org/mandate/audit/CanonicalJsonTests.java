package org.mandate.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTests {

    private final CanonicalJson json = new CanonicalJson();

    record Unit(String nameVi, String code, LocalDate validFrom, Instant changedAt, BigDecimal budget, String note) {
    }

    @Test
    void propertiesAreSortedDatesAreIsoTextAndNullsAreKept() {
        Unit unit = new Unit("Sở Tài chính", "VP.STC", LocalDate.of(2025, 7, 1),
                Instant.parse("2026-11-23T02:00:00Z"), new BigDecimal("1E+3"), null);

        assertThat(json.write(unit)).isEqualTo("{\"budget\":1000,\"changedAt\":\"2026-11-23T02:00:00Z\","
                + "\"code\":\"VP.STC\",\"nameVi\":\"Sở Tài chính\",\"note\":null,\"validFrom\":\"2025-07-01\"}");
    }

    @Test
    void mapKeysAreSortedWhateverTheInsertionOrder() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unit", "VP.VY");
        state.put("permission", "ORG_WRITE");
        assertThat(json.write(state)).isEqualTo("{\"permission\":\"ORG_WRITE\",\"unit\":\"VP.VY\"}");
    }

    @Test
    void noStateIsNoJson() {
        assertThat(json.write(null)).isNull();
    }
}
