package org.mandate.indicator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.mandate.indicator.Forecasts.HardTarget;
import org.mandate.organization.OrgUnitView;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The hard-to-achieve report as a printable A4 PDF: the {@code indicator/hard-pdf} template (XHTML)
 * rendered by openhtmltopdf with DejaVu Sans embedded, so that Vietnamese text is drawn and
 * extracted correctly on a machine without fonts. The fonts come from the jasperreports-fonts jar
 * (DejaVu: Bitstream Vera licence, which allows bundling).
 */
@Component
class HardReportPdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final ITemplateEngine templates;
    private final PageDefaults format;

    HardReportPdf(ITemplateEngine templates, PageDefaults format) {
        this.templates = templates;
        this.format = format;
    }

    byte[] render(OrgUnitView unit, LocalDate asOf, List<HardTarget> items, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("unit", unit);
        context.setVariable("asOf", asOf);
        context.setVariable("items", items);
        context.setVariable("fmt", format);
        String html = templates.process("indicator/hard-pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = HardReportPdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from the class path");
        }
        return in;
    }
}
