package org.mandate.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandate.access.MandateUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default, English on request. Pages: {@code ?lang=en} switches and a cookie keeps
 * the choice; otherwise the account's preferred language. API: {@code Accept-Language} when sent,
 * otherwise the account's language.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        return new MandateLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static Locale supported(Locale requested) {
        if (requested == null) {
            return null;
        }
        return "en".equals(requested.getLanguage()) ? Locale.ENGLISH
                : "vi".equals(requested.getLanguage()) ? VIETNAMESE : null;
    }

    /** Cookie first (pages), then Accept-Language (API only), then the account, then Vietnamese. */
    static final class MandateLocaleResolver extends CookieLocaleResolver {

        MandateLocaleResolver() {
            super("mandate-lang");
            setDefaultLocale(VIETNAMESE);
            setCookieSameSite("Lax");
            setCookieHttpOnly(true);
            setDefaultLocaleFunction(MandateLocaleResolver::fallback);
        }

        private static Locale fallback(HttpServletRequest request) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    && request.getHeader("Accept-Language") != null) {
                Locale fromHeader = supported(request.getLocale());
                if (fromHeader != null) {
                    return fromHeader;
                }
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof MandateUser user) {
                Locale preferred = supported(user.locale());
                if (preferred != null) {
                    return preferred;
                }
            }
            return VIETNAMESE;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = supported(locale);
            super.setLocale(request, response, chosen == null ? VIETNAMESE : chosen);
        }
    }
}
