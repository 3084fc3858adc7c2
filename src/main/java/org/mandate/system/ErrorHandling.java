package org.mandate.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.mandate.shared.DomainException;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one error handler. API requests ({@code /api/**}) get RFC 9457 problem details with a
 * message in the caller's language and the field or rows at fault; pages get the error page with
 * the same message. Nobody ever sees a stack trace; unexpected failures are logged with the request
 * id shown to the user.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case BAD_PARAMETER -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        Map<String, Object> extra = new LinkedHashMap<>();
        if (e.field() != null) {
            extra.put("field", e.field());
        }
        return respond(request, status, text(e.messageKey(), e.args()), extra);
    }

    @ExceptionHandler(ImportRejected.class)
    Object importRejected(ImportRejected e, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (RowError error : e.errors()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", error.row());
            row.put("column", error.column());
            row.put("message", text(error.messageKey(), error.args()));
            errors.add(row);
        }
        return respond(request, HttpStatus.UNPROCESSABLE_CONTENT,
                text("error.import.rejected", e.errors().size()), Map.of("errors", errors));
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : e.getFieldErrors()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("field", error.getField());
            field.put("message", messages.getMessage(error, LocaleContextHolder.getLocale()));
            errors.add(field);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        if (!errors.isEmpty()) {
            extra.put("field", errors.getFirst().get("field"));
        }
        extra.put("errors", errors);
        return respond(request, HttpStatus.UNPROCESSABLE_CONTENT, text("error.invalid"), extra);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object staleEdit(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONFLICT, text("error.stale"), Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(AccessDeniedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, text("error.forbidden"), Map.of());
    }

    /**
     * An unknown path or a missing static file: a 404 in the caller's language, logged at DEBUG only,
     * since browsers and crawlers ask for such paths all the time.
     */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(Exception e, HttpServletRequest request) {
        log.debug("Not found: {} {}", request.getMethod(), request.getRequestURI());
        return respond(request, HttpStatus.NOT_FOUND, text("error.notFound"), Map.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, text("error.parameter.missing", e.getParameterName()),
                Map.of("field", e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST,
                text("error.parameter.invalid", e.getName(), String.valueOf(e.getValue())), Map.of("field", e.getName()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain(domain, request);
            }
        }
        return respond(request, HttpStatus.BAD_REQUEST, text("error.body.unreadable"), Map.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        long limit = e.getMaxUploadSize();
        return respond(request, HttpStatus.PAYLOAD_TOO_LARGE,
                limit > 0 ? text("error.upload.tooLargeLimit", Math.max(1, limit / (1024 * 1024)))
                        : text("error.upload.tooLarge"), limit > 0 ? Map.of("maxBytes", limit) : Map.of());
    }

    /** A file part missing from an upload form. */
    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, text("error.parameter.missing", e.getRequestPartName()),
                Map.of("field", e.getRequestPartName()));
    }

    /** An upload endpoint called without a multipart body (a size overrun is {@link #tooLarge}). */
    @ExceptionHandler(MultipartException.class)
    Object notMultipart(MultipartException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, text("error.upload.notMultipart"), Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, text("error.method"), Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("error.mediaType"), Map.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected"), Map.of());
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String message, Map<String, Object> extra) {
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(text("error.status." + status.value(), status.getReasonPhrase()));
            extra.forEach(problem::setProperty);
            if (requestId != null) {
                problem.setProperty("requestId", requestId);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        page.addObject("details", extra.get("errors"));
        page.addObject("requestId", requestId);
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
