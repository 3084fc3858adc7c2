package org.mandate.indicator;

import java.math.BigDecimal;

import org.mandate.shared.Period;

/** A value to store, as files and the API send it: codes, a period, the value and a comment. */
public record Entry(String indicatorCode, String unitCode, Period period, BigDecimal value, String comment) {
}
