package org.mandate.system;

import java.beans.PropertyEditorSupport;

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
 * typed text. Files are normalised by the import pipeline.
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

    @Bean
    JsonMapperBuilderCustomizer nfcStrings() {
        SimpleModule module = new SimpleModule("mandate-nfc");
        module.addDeserializer(String.class, new StdDeserializer<>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                return TextFolding.nfc(parser.getValueAsString());
            }
        });
        return builder -> builder.addModule(module);
    }
}
