package org.mandate.delivery;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandate.MigratedDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ';'-joined link lists of plan items and indicators become rows of plan_item_indicator when a
 * database that has them is migrated, on H2 and (with -Ppostgres) PostgreSQL.
 */
class IndicatorLinkMigrationTests {

    @Test
    void linksNamedOnEitherSideAreMergedIntoOneRowPerPairAndTheTextColumnsAreGone() {
        for (MigratedDatabases.Database database : MigratedDatabases.available()) {
            database.migrate("0099");
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            task(jdbc, "G1.1", "GRDP_GROWTH;BUDGET_REVENUE");
            task(jdbc, "G1.2", " BUDGET_REVENUE ;;");
            task(jdbc, "G1.3", null);
            indicator(jdbc, "GRDP_GROWTH", "G1.1;G1.3");
            indicator(jdbc, "BUDGET_REVENUE", null);
            indicator(jdbc, "FOREST_COVER", "G9.9");

            database.migrate(null);

            assertThat(jdbc.sql("SELECT plan_item_code || '>' || indicator_code FROM plan_item_indicator "
                            + "ORDER BY plan_item_code, indicator_code").query(String.class).list())
                    .as(database.vendor())
                    .containsExactly("G1.1>BUDGET_REVENUE", "G1.1>GRDP_GROWTH", "G1.2>BUDGET_REVENUE",
                            "G1.3>GRDP_GROWTH", "G9.9>FOREST_COVER");
            assertThat(columns(jdbc, "plan_item")).as(database.vendor()).doesNotContain("indicator_codes");
            assertThat(columns(jdbc, "indicator")).as(database.vendor()).doesNotContain("plan_item_codes");
        }
    }

    private static void task(JdbcClient jdbc, String code, String indicators) {
        jdbc.sql("""
                INSERT INTO plan_item (code, kind, title, search_key, lead_unit_code, assigner_unit_code, due_date,
                  indicator_codes, created_at)
                VALUES (:code, 'TASK', :code, :code, 'VP.STC', 'VP', DATE '2025-12-31', :indicators, CURRENT_TIMESTAMP)""")
                .param("code", code).param("indicators", indicators).update();
    }

    private static void indicator(JdbcClient jdbc, String code, String items) {
        jdbc.sql("""
                INSERT INTO indicator (code, name_vi, unit_of_measure, decimals, direction, value_kind, aggregation,
                  term_mode, plan_item_codes)
                VALUES (:code, :code, '%', 1, 'HIGHER_IS_BETTER', 'RATE', 'NONE', 'ANNUAL', :items)""")
                .param("code", code).param("items", items).update();
    }

    private static List<String> columns(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = :table "
                        + "AND table_schema = CURRENT_SCHEMA")
                .param("table", table).query(String.class).list();
    }
}
