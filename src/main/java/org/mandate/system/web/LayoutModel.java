package org.mandate.system.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Values every page's layout needs: links that switch language while staying on the same page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

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
