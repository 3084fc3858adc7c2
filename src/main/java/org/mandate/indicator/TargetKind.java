package org.mandate.indicator;

/** A target for one year or for the whole term. */
public enum TargetKind {
    ANNUAL,
    TERM
}
