package org.mandate.delivery.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of {@code plan_item_indicator}: which indicators a plan item serves, by codes. */
@Component
public class IndicatorLinkStore {

    private final JdbcClient jdbc;

    IndicatorLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> indicatorsOf(String planItemCode) {
        return jdbc.sql("SELECT indicator_code FROM plan_item_indicator WHERE plan_item_code = :item ORDER BY indicator_code")
                .param("item", planItemCode).query(String.class).list();
    }

    /** Plan item codes by indicator code, for the indicators given (those without links are absent). */
    public Map<String, List<String>> planItemsOf(Collection<String> indicatorCodes) {
        Map<String, List<String>> links = new LinkedHashMap<>();
        if (indicatorCodes.isEmpty()) {
            return links;
        }
        jdbc.sql("""
                        SELECT indicator_code, plan_item_code FROM plan_item_indicator
                        WHERE indicator_code IN (:indicators) ORDER BY indicator_code, plan_item_code""")
                .param("indicators", List.copyOf(indicatorCodes))
                .query((rs, n) -> links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return links;
    }

    public void replaceIndicatorsOf(String planItemCode, Collection<String> indicatorCodes) {
        jdbc.sql("DELETE FROM plan_item_indicator WHERE plan_item_code = :item").param("item", planItemCode).update();
        indicatorCodes.stream().distinct().forEach(indicator -> insert(planItemCode, indicator));
    }

    public void replacePlanItemsOf(String indicatorCode, Collection<String> planItemCodes) {
        jdbc.sql("DELETE FROM plan_item_indicator WHERE indicator_code = :indicator")
                .param("indicator", indicatorCode).update();
        planItemCodes.stream().distinct().forEach(item -> insert(item, indicatorCode));
    }

    private void insert(String planItemCode, String indicatorCode) {
        jdbc.sql("INSERT INTO plan_item_indicator (plan_item_code, indicator_code) VALUES (:item, :indicator)")
                .param("item", planItemCode).param("indicator", indicatorCode).update();
    }
}
