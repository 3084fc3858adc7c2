package org.mandate.system.web;

import jakarta.servlet.http.HttpServletRequest;

import org.mandate.system.demo.DemoLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Values every page's layout needs: links that switch language while staying on the same page, and
 * whether the demo province is still being loaded (pages say so).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final ObjectProvider<DemoLoader> demo;

    LayoutModel(ObjectProvider<DemoLoader> demo) {
        this.demo = demo;
    }

    @ModelAttribute("demoState")
    DemoLoader.State demoState() {
        DemoLoader loader = demo.getIfAvailable();
        return loader == null ? null : loader.state();
    }

    @ModelAttribute("langUrlVi")
    String langUrlVi(HttpServletRequest request) {
        return withLang(request, "vi");
    }

    @ModelAttribute("langUrlEn")
    String langUrlEn(HttpServletRequest request) {
        return withLang(request, "en");
    }

    private static String withLang(HttpServletRequest request, String lang) {
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", lang)
                .build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }
}
