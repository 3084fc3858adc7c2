package org.mandate.indicator.api;

import org.mandate.shared.DomainException;
import org.springframework.http.ResponseEntity;

/**
 * Versions as HTTP entity tags: a GET answers {@code ETag: "3"}, a change may send it back as
 * {@code If-Match: "3"} instead of (or as well as) the {@code version} field of its body.
 */
final class ETags {

    private ETags() {
    }

    static String of(Integer version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    static <T> ResponseEntity<T> ok(T body, Integer version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /**
     * The version a change was made from: the body's, else the {@code If-Match} header's; a body and
     * a header that disagree, or a header that is not one of our tags, are refused naming the header.
     */
    static Integer version(Integer fromBody, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return fromBody;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        int version;
        try {
            version = Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw DomainException.badParameter("error.parameter.invalid", "If-Match", "If-Match", ifMatch);
        }
        if (fromBody != null && fromBody != version) {
            throw DomainException.conflict("indicator.version.mismatch", fromBody, version);
        }
        return version;
    }
}
