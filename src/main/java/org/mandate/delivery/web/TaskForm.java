package org.mandate.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandate.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * One submitted form of the task page, as the user typed it: which form (and for a product's form,
 * which product), the raw values, and after a refusal the messages to show next to the fields. The
 * page is shown again from it with the input kept, so nothing the user typed is lost.
 */
final class TaskForm {

    private final String name;
    private final Long productId;
    private final Map<String, String> values;
    private final List<String> fields;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String problem;
    private boolean stale;

    private TaskForm(String name, Long productId, Map<String, String> values, List<String> fields) {
        this.name = name;
        this.productId = productId;
        this.values = Map.copyOf(values);
        this.fields = List.copyOf(fields);
    }

    /** The form {@code name} as submitted; {@code fields} are its inputs, which show their own errors. */
    static TaskForm of(String name, Long productId, Map<String, String> values, String... fields) {
        return new TaskForm(name, productId, values, List.of(fields));
    }

    /** This form if it is the one named (for the product given, if any), else null: for the template. */
    public TaskForm of(String formName, Long product) {
        return name.equals(formName) && java.util.Objects.equals(productId, product) ? this : null;
    }

    /** What the user typed in the field, or null. */
    public String value(String field) {
        return values.get(field);
    }

    /** The field's text, stripped; null when blank. */
    String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String field, String labelKey) {
        String text = text(field);
        if (text == null) {
            throw DomainException.invalid("delivery.form.required", field, label(labelKey));
        }
        return text;
    }

    LocalDate date(String field, String labelKey) {
        String text = text(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("delivery.form.date", field, label(labelKey));
        }
    }

    /** A date the form cannot do without. */
    LocalDate requiredDate(String field, String labelKey) {
        required(field, labelKey);
        return date(field, labelKey);
    }

    Integer integer(String field, String labelKey) {
        String text = text(field);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("delivery.form.integer", field, label(labelKey));
        }
    }

    BigDecimal decimal(String field, String labelKey) {
        String text = text(field);
        try {
            return text == null ? null : new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("delivery.form.number", field, label(labelKey));
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, String labelKey) {
        String text = required(field, labelKey);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("delivery.form.choice", field, label(labelKey));
        }
    }

    /** The version of the record the form was filled from; a form without one is refused. */
    int version() {
        Integer version = integer("version", "delivery.form.version");
        if (version == null) {
            throw DomainException.invalid("delivery.item.version.required", "version");
        }
        return version;
    }

    /**
     * Records an input error (422) or a refused state (409) on the form, in the user's language, and
     * returns that status; any other exception (403, 404) is thrown on to the error handler.
     */
    HttpStatus refuse(DomainException e, MessageSource messages) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        refuse(e, messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()));
        return e.kind() == DomainException.Kind.INVALID
                ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
    }

    /** Records the refusal: next to its field when the form has that input, else for the whole form. */
    void refuse(DomainException e, String message) {
        if (e.field() != null && fields.contains(e.field())) {
            errors.put(e.field(), message);
        } else {
            problem = message;
        }
        stale = e.kind() == DomainException.Kind.CONFLICT;
    }

    private static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    public String name() {
        return name;
    }

    public Long productId() {
        return productId;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** Whether the field is the first one in error, where the cursor goes. */
    public boolean focus(String field) {
        return !errors.isEmpty() && errors.keySet().iterator().next().equals(field);
    }

    /** The message that concerns the whole form (a refused state, a stale version), or null. */
    public String problem() {
        return problem;
    }

    /** Whether the record changed since the form was filled: the user must reload. */
    public boolean stale() {
        return stale;
    }
}
