package org.mandate.document.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandate.document.DocumentType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ids of the documents matching a search, newest first (the SQL of DocumentRegistry's search). */
@Component
public class DocumentSearch {

    private final JdbcClient jdbc;

    DocumentSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Documents whose folded number or title contains every word of {@code folded}, optionally of
     * one type and issued within the dates; newest first, at most {@code limit}.
     */
    public List<Long> ids(String folded, DocumentType type, LocalDate from, LocalDate to, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id FROM document WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!folded.isEmpty()) {
            String[] words = folded.split(" ");
            for (int i = 0; i < words.length; i++) {
                sql.append(" AND search_key LIKE :w").append(i).append(" ESCAPE '\\'");
                params.put("w" + i, "%" + escapeLike(words[i]) + "%");
            }
        }
        if (type != null) {
            sql.append(" AND type = :type");
            params.put("type", type.name());
        }
        if (from != null) {
            sql.append(" AND issued_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" AND issued_on <= :to");
            params.put("to", to);
        }
        sql.append(" ORDER BY issued_on DESC, doc_number LIMIT ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
