package org.mandate.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reorganisation would do, computed without writing: the units it closes (on the day before
 * the effective date, including sub-units still open under a closing unit), those it opens, and the
 * old → new mappings it records; or the problems that stop it.
 */
public record ReorganisationPlan(ReorganisationRequest request, List<Closure> closures, List<Closure> alreadyClosed,
                                 List<ReorganisationRequest.NewUnit> openings, List<Mapping> mappings,
                                 List<Problem> problems) {

    /**
     * A unit closed by the reorganisation.
     *
     * @param cascaded true for a sub-unit closed because its parent closes
     */
    public record Closure(String code, String nameVi, LocalDate validToBefore, LocalDate validToAfter,
                          boolean cascaded) {
    }

    /** One old → new line; {@code toCode} is null for a dissolution. */
    public record Mapping(String fromCode, String toCode) {
    }

    /**
     * Why the reorganisation cannot be applied.
     *
     * @param field the request field (named like the reorganisations.csv column) at fault
     */
    public record Problem(String field, String messageKey, Object... args) {
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
