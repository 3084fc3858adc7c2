package org.mandate.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandate.shared.Bounds;
import org.mandate.shared.DomainException;
import org.mandate.shared.FormulaText;
import org.mandate.shared.Period;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one range check of request parameters, for every page and API route before its handler
 * runs: a year ({@code year}, {@code fromYear}, …) and the year of a date ({@code asOf},
 * {@code from}, {@code dueTo}, …) or period within {@link Bounds}; {@code offset} and {@code page}
 * not negative; {@code limit} and {@code size} from 1 to {@link Bounds#MAX_PAGE}. A value out of
 * range is a 400 naming the parameter; a value that is not a number or date at all is left to the
 * binder, which answers 400 too. A form field sent to change something (not GET) whose text is
 * formula-like ({@link FormulaText}) is refused with 422 naming the field, as an imported cell is.
 */
@Configuration(proxyBeanMethods = false)
class ParameterBounds implements WebMvcConfigurer, HandlerInterceptor {

    private static final DateTimeFormatter VIETNAMESE_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Set<String> DAYS = Set.of("asof", "from", "to", "day", "duefrom", "dueto", "completedon",
            "deliveredon", "expectedon", "validfrom", "validto");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean form = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                if (value != null && !value.isBlank()) {
                    check(name, value.strip());
                    if (form && FormulaText.refusedAsInput(value.strip()) && !InputNormalisation.isSecret(name)) {
                        throw DomainException.invalid("error.text.formula", name, name);
                    }
                }
            }
        }
        return true;
    }

    static void check(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("year")) {
            Long year = number(value);
            if (year != null && !Bounds.isYear(year.intValue()) || year != null && year != year.intValue()) {
                throw DomainException.badParameter("bounds.parameter.year", name, name, value, Bounds.FIRST_YEAR,
                        Bounds.LAST_YEAR);
            }
        } else if (isDay(lower)) {
            LocalDate day = day(value);
            if (day != null && !Bounds.isDay(day)) {
                throw DomainException.badParameter("bounds.parameter.day", name, name, value, Bounds.FIRST_YEAR,
                        Bounds.LAST_YEAR);
            }
        } else if (lower.equals("period")) {
            try {
                Period.parse(value);
            } catch (IllegalArgumentException e) {
                throw DomainException.badParameter("bounds.parameter.period", name, name, value, Bounds.FIRST_YEAR,
                        Bounds.LAST_YEAR);
            }
        } else if (lower.equals("offset") || lower.equals("page")) {
            Long n = number(value);
            if (n != null && n < 0) {
                throw DomainException.badParameter("bounds.parameter.negative", name, name, value);
            }
        } else if (lower.equals("limit") || lower.equals("size")) {
            Long n = number(value);
            if (n != null && (n < 1 || n > Bounds.MAX_PAGE)) {
                throw DomainException.badParameter("bounds.parameter.limit", name, name, value, Bounds.MAX_PAGE);
            }
        }
    }

    private static boolean isDay(String lower) {
        return DAYS.contains(lower) || lower.endsWith("date");
    }

    private static Long number(String value) {
        if (value.length() > 18) {
            return value.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-') ? Long.MAX_VALUE : null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DAY) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
