package org.mandate.shared;

import java.util.List;

/**
 * An import found bad rows and wrote nothing. Lists every error, not only the first, so that the
 * user can fix the file in one pass.
 */
public class ImportRejected extends RuntimeException {

    private final transient List<RowError> errors;

    public ImportRejected(List<RowError> errors) {
        super(errors.size() + " row error(s), first: " + (errors.isEmpty() ? "-" : errors.getFirst()));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
