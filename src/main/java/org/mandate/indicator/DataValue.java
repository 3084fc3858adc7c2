package org.mandate.indicator;

import java.math.BigDecimal;
import java.time.Instant;

import org.mandate.shared.DomainException;
import org.mandate.shared.Period;

/**
 * One value of one indicator for one org unit and period, with its approval state. The state
 * machine: DRAFT → SUBMITTED (by the unit) → APPROVED (by the assigner; locked) → back to SUBMITTED
 * only when the approver reopens it with a reason.
 */
public record DataValue(String indicatorCode, String unitCode, Period period, BigDecimal value, String comment,
                        DataState state, String enteredBy, Instant enteredAt, String decidedBy, String reopenReason) {

    /** Whether the unit may still change the value. */
    public boolean isLocked() {
        return state == DataState.APPROVED;
    }

    /** Whether the account may reopen the value: it approved it. */
    public boolean mayReopen(String account) {
        return state == DataState.APPROVED && (decidedBy == null || decidedBy.equals(account));
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
     * Back to SUBMITTED with a reason, only by the account recorded as the approver (a value approved
     * before approvers were recorded has none, and any approver of the unit may reopen it).
     */
    DataValue reopen(String approver, String reason) {
        if (state != DataState.APPROVED) {
            throw DomainException.conflict("indicator.value.notApproved", indicatorCode, unitCode, period.toString());
        }
        if (!mayReopen(approver)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "indicator.value.reopen.notApprover", null,
                    indicatorCode, unitCode, period.toString(), decidedBy);
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("indicator.value.reopen.reasonRequired", "reason");
        }
        return new DataValue(indicatorCode, unitCode, period, value, comment, DataState.SUBMITTED, enteredBy, enteredAt,
                approver, reason.strip());
    }
}
