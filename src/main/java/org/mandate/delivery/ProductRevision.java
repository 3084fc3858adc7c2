package org.mandate.delivery;

import java.time.Instant;
import java.util.Map;

/** One entry of a product's history: what was done, by whom, when, and the product's state after it. */
public record ProductRevision(String action, String actor, Instant at, Map<String, Object> state) {
}
