package org.mandate.access.web;

import org.mandate.shared.DomainException;
import org.springframework.validation.BindingResult;

/** Puts a broken input rule next to the field at fault, so the form can be shown again with the message. */
final class FormErrors {

    private FormErrors() {
    }

    /** Rethrows anything but an input error; the one error handler deals with those. */
    static void show(DomainException e, BindingResult binding) {
        if (e.kind() != DomainException.Kind.INVALID) {
            throw e;
        }
        if (e.field() != null && binding.getTarget() != null && isField(binding, e.field())) {
            binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
