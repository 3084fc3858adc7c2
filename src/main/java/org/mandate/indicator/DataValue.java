package org.mandate.indicator;

import java.math.BigDecimal;
import java.time.Instant;

import org.mandate.shared.DomainException;
import org.mandate.shared.Period;

/**
 * One value of one indicator for one org unit and period, with its approval state. The state
 * machine: DRAFT → SUBMITTED (by the unit) → APPROVED (by the assigner; locked) → back to SUBMITTED
 * only when reopened with a reason by the approver role for the unit (any account that may approve
 * its values; the service checks that), not only by the person who approved it, who may have left.
 */
public record DataValue(String indicatorCode, String unitCode, Period period, BigDecimal value, String comment,
                        DataState state, String enteredBy, Instant enteredAt, String decidedBy, String reopenReason) {

    /** Whether the unit may still change the value. */
    public boolean isLocked() {
        return state == DataState.APPROVED;
    }

    /** Whether the value can be reopened: it is approved (who may do it is the approving permission's matter). */
    public boolean isReopenable() {
        return state == DataState.APPROVED;
    }

    /** The value changed by its unit: refused once approved. */
    DataValue change(BigDecimal newValue, String newComment, DataState newState, String by, Instant at) {
        if (isLocked()) {
            throw DomainException.conflict("indicator.value.locked", indicatorCode, unitCode, period.toString());
        }
        return new DataValue(indicatorCode, unitCode, period, newValue, newComment, newState, by, at, decidedBy,
                reopenReason);
    }

    DataValue submit() {
        if (state != DataState.DRAFT) {
            throw DomainException.conflict("indicator.value.notDraft", indicatorCode, unitCode, period.toString());
        }
        return new DataValue(indicatorCode, unitCode, period, value, comment, DataState.SUBMITTED, enteredBy, enteredAt,
                decidedBy, reopenReason);
    }

    DataValue approve(String approver) {
        if (state == DataState.APPROVED) {
            throw DomainException.conflict("indicator.value.alreadyApproved", indicatorCode, unitCode, period.toString());
        }
        return new DataValue(indicatorCode, unitCode, period, value, comment, DataState.APPROVED, enteredBy, enteredAt,
                approver, null);
    }

    /**
     * Back to SUBMITTED with a reason, by an account holding the approving permission over the unit
     * (checked by the service), recorded as the one who decided.
     */
    DataValue reopen(String approver, String reason) {
        if (state != DataState.APPROVED) {
            throw DomainException.conflict("indicator.value.notApproved", indicatorCode, unitCode, period.toString());
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("indicator.value.reopen.reasonRequired", "reason");
        }
        return new DataValue(indicatorCode, unitCode, period, value, comment, DataState.SUBMITTED, enteredBy, enteredAt,
                approver, reason.strip());
    }
}
