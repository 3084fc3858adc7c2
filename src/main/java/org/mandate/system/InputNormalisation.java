package org.mandate.system;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.mandate.shared.Bounds;
import org.mandate.shared.DomainException;
import org.mandate.shared.FormulaText;
import org.mandate.shared.TextFolding;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text that enters through a page (form fields, query and path parameters) or the API (JSON
 * bodies) is Unicode NFC, so that NFD-encoded Vietnamese from some tools is stored and matched like
 * typed text. Files are normalised by the import pipeline. Formula-like text in a JSON body is
 * refused like a formula cell in an imported file ({@link FormulaText}); form fields are checked
 * by {@link ParameterBounds}. A date in a JSON body must fall within {@link Bounds} (a due date of
 * 9999-12-31 is refused with 422 naming the field, before any rule sees it).
 */
@ControllerAdvice
@Configuration(proxyBeanMethods = false)
class InputNormalisation {

    @InitBinder
    void normaliseText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(TextFolding.nfc(text));
            }
        });
    }

    /** Fields whose text is never shown or exported, so any first character is fine: passwords, tokens. */
    static boolean isSecret(String field) {
        if (field == null) {
            return false;
        }
        String lower = field.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("password") || lower.contains("token") || lower.contains("secret")
                || lower.equals("_csrf");
    }

    @Bean
    JsonMapperBuilderCustomizer nfcStrings() {
        SimpleModule module = new SimpleModule("mandate-nfc");
        module.addDeserializer(String.class, new StdDeserializer<>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String text = TextFolding.nfc(parser.getValueAsString());
                String field = parser.currentName();
                if (FormulaText.refusedAsInput(text) && !InputNormalisation.isSecret(field)) {
                    throw DomainException.invalid("error.text.formula", field, field == null ? "" : field);
                }
                return text;
            }
        });
        module.addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.getValueAsString();
                if (text == null || text.isBlank()) {
                    return null;
                }
                LocalDate day;
                try {
                    day = LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
                }
                return Bounds.day(day, parser.currentName());
            }
        });
        return builder -> builder.addModule(module);
    }
}
