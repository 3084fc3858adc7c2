package org.mandate.shared;

import java.util.Arrays;

/**
 * A rule of the domain was broken by the caller's request. Carries a message key (resolved in the
 * caller's language by the one error handler), its arguments, the field at fault if any, and what
 * kind of failure it is, which decides the HTTP status.
 */
public class DomainException extends RuntimeException {

    /** What kind of failure: decides the HTTP status and the page shown. */
    public enum Kind {
        /** 422: the input breaks a rule. */
        INVALID,
        /** 400: a request parameter (query or form) is out of its range. */
        BAD_PARAMETER,
        /** 404: no such thing, or the caller may not know it exists. */
        NOT_FOUND,
        /** 409: the thing changed since the caller read it, or would clash with another. */
        CONFLICT,
        /** 403: the caller may not do this. */
        FORBIDDEN
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    public DomainException(Kind kind, String messageKey, String field, Object... args) {
        super(messageKey + (args.length > 0 ? " " + Arrays.toString(args) : "")
                + (field != null ? " [" + field + "]" : ""));
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.args = args.clone();
    }

    public static DomainException invalid(String messageKey, String field, Object... args) {
        return new DomainException(Kind.INVALID, messageKey, field, args);
    }

    /** A request parameter out of range (400), naming the parameter. */
    public static DomainException badParameter(String messageKey, String parameter, Object... args) {
        return new DomainException(Kind.BAD_PARAMETER, messageKey, parameter, args);
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(Kind.NOT_FOUND, messageKey, null, args);
    }

    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, messageKey, null, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
