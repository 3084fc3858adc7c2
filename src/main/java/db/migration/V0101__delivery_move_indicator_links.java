package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Why: moves the ';'-joined lists {@code plan_item.indicator_codes} and {@code indicator.plan_item_codes}
 * into {@code plan_item_indicator} (V0100), one row per distinct (plan item, indicator) pair named on
 * either side. Splitting text portably is easier in Java than in one SQL statement that runs on both
 * H2 and PostgreSQL.
 */
public class V0101__delivery_move_indicator_links extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Set<List<String>> links = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT code, indicator_codes FROM plan_item WHERE indicator_codes IS NOT NULL")) {
                while (rs.next()) {
                    for (String indicator : split(rs.getString(2))) {
                        links.add(List.of(rs.getString(1), indicator));
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT code, plan_item_codes FROM indicator WHERE plan_item_codes IS NOT NULL")) {
                while (rs.next()) {
                    for (String item : split(rs.getString(2))) {
                        links.add(List.of(item, rs.getString(1)));
                    }
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO plan_item_indicator (plan_item_code, indicator_code) VALUES (?, ?)")) {
            int pending = 0;
            for (List<String> link : links) {
                insert.setString(1, link.get(0));
                insert.setString(2, link.get(1));
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    static List<String> split(String joined) {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : joined.split(";")) {
            String code = part.strip();
            if (!code.isEmpty() && code.length() <= 64) {
                parts.add(code);
            }
        }
        return List.copyOf(parts);
    }
}
