package org.mandate.indicator;

import java.util.List;

/**
 * What an import did (or, on a dry run, would do).
 *
 * @param imported  new rows stored
 * @param updated   stored rows whose values changed
 * @param unchanged rows equal to what is stored
 * @param warnings  things worth a look that did not stop the import (e.g. allocations that do not add up)
 */
public record ImportResult(int imported, int updated, int unchanged, boolean dryRun, List<String> warnings) {

    public ImportResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
