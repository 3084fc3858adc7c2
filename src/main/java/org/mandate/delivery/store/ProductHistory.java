package org.mandate.delivery.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.mandate.delivery.Product;
import org.mandate.delivery.ProductRevision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The append-only history of products: after every change, the product's state as JSON. */
@Component
public class ProductHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ProductHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(Product product, String action, String actor, Instant at) {
        jdbc.sql("INSERT INTO product_event (product_id, action, actor, occurred_at, state) "
                        + "VALUES (:product, :action, :actor, :at, :state)")
                .param("product", product.id()).param("action", action).param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("state", JSON.writeValueAsString(product.snapshot())).update();
    }

    public List<ProductRevision> of(long productId) {
        return jdbc.sql("SELECT action, actor, occurred_at, state FROM product_event WHERE product_id = :id ORDER BY id")
                .param("id", productId)
                .query((rs, n) -> new ProductRevision(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), read(rs.getString(4)))).list();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        return JSON.readValue(json, Map.class);
    }
}
