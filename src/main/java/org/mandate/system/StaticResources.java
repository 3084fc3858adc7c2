package org.mandate.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own prefixes only ({@code /css/**}, {@code /js/**}, {@code /img/**},
 * {@code /webjars/**}, and the {@code /favicon.ico} browsers ask for on their own),
 * instead of Spring Boot's catch-all {@code /**} (switched off with
 * {@code spring.web.resources.add-mappings: false}). With the catch-all, the resource URL encoding
 * that the webjars locator enables looked every link a page writes ({@code /indicators/BI01?unit=…})
 * up on the class path as a possible static file, four locations each and never cached when not
 * found: a target board with 50 rows spent most of its CPU time there (BENCHMARKS.md section 6).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // resourceChain(true): the chain caches what it resolves, so that writing a page's links to
        // these files does not look them up in the jar on every request
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/").resourceChain(true);
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
