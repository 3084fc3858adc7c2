package org.mandate.access.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mandate.access.AccountSummary;
import org.mandate.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists accounts for administrators: by part of the username, by role, by scope unit. */
@Component
public class AccountQueries {

    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts whose username contains {@code text} and that hold {@code role} (either may be null), by username. */
    public List<AccountSummary> search(String text, Role role, String unitCode) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.username, a.person_id, a.enabled, a.locked_until, a.demo_password
                FROM account a WHERE a.username LIKE :pattern ESCAPE '\\'""");
        Map<String, Object> params = new HashMap<>();
        params.put("pattern", pattern);
        if (role != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role_name = :role)");
            params.put("role", role.name());
        }
        if (unitCode != null && !unitCode.isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM account_scope s WHERE s.account_id = a.id AND s.unit_code = :unit)");
            params.put("unit", unitCode.strip());
        }
        sql.append(" ORDER BY a.username LIMIT ").append(LIMIT);
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(Row.class).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT account_id, role_name FROM account_role WHERE account_id IN (:ids) ORDER BY role_name")
                .param("ids", ids)
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(Role.valueOf(rs.getString(2)))).list();
        Map<Long, List<String>> scope = new HashMap<>();
        jdbc.sql("SELECT account_id, unit_code FROM account_scope WHERE account_id IN (:ids) ORDER BY unit_code")
                .param("ids", ids)
                .query((rs, n) -> scope.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return rows.stream().map(r -> new AccountSummary(r.id(), r.username(), r.personId(), r.enabled(),
                r.lockedUntil() == null ? null : r.lockedUntil().toInstant(), r.demoPassword(),
                roles.getOrDefault(r.id(), List.of()), scope.getOrDefault(r.id(), List.of()))).toList();
    }

    private record Row(long id, String username, Long personId, boolean enabled,
                       java.time.OffsetDateTime lockedUntil, boolean demoPassword) {
    }
}
