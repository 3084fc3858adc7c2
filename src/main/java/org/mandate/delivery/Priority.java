package org.mandate.delivery;

/** How urgent a plan item is, as the assigner marked it. */
public enum Priority {
    LOW, NORMAL, HIGH
}
