package org.mandate.audit;

import org.springframework.stereotype.Component;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the before and after states of a change as canonical JSON: properties and map keys in
 * alphabetical order, dates and times as ISO-8601 strings, nulls kept, no whitespace. The same state
 * then always gives the same text, whichever module built the object, so entries compare and hash
 * reproducibly. Deliberately not the web layer's mapper, whose settings may change for other reasons.
 */
@Component
class CanonicalJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The canonical JSON of a state, or null when there is none. */
    String write(Object state) {
        return state == null ? null : mapper.writeValueAsString(state);
    }
}
