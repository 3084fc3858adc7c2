package org.mandate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table that grows with a province's activity carries {@code province_id}, the distribution
 * column of docs/adr/0010-distribute-by-province.md, and every write path fills it: after the demo
 * province is loaded (units, people, documents, the programme with its reports and products,
 * indicators, targets and values, reminders) no row of such a table lacks it.
 */
@SpringBootTest
class ProvinceDistributionTests {

    /** The large tables (millions of rows nationally) and the module that writes each. */
    static final Map<String, String> DISTRIBUTED = Map.of(
            "plan_item", "delivery", "progress_report", "delivery", "product", "delivery",
            "data_value", "indicator", "indicator_target", "indicator", "notice", "notification",
            "stored_file", "document", "person", "organization", "person_position", "organization");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRowOfALargeTableNamesItsProvince() {
        List<String> missing = new ArrayList<>();
        DISTRIBUTED.keySet().stream().sorted().forEach(table -> {
            long rows = jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
            long without = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE province_id IS NULL")
                    .query(Long.class).single();
            if (without > 0) {
                missing.add(table + ": " + without + " of " + rows + " rows without province_id");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void theDemoProvinceFillsEveryLargeTableThatItsLoaderWrites() {
        assertThat(DISTRIBUTED.keySet().stream().filter(t -> !t.equals("notice") && !t.equals("stored_file")))
                .allSatisfy(table -> assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single())
                        .as(table).isPositive());
    }
}
