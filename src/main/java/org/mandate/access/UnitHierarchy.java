package org.mandate.access;

import java.util.Collection;
import java.util.Set;

/**
 * Port through which access control asks the org tree whether a unit lies within a scope. The
 * organization module implements it (it owns the materialised paths), which keeps the dependency
 * pointing from organization to access.
 */
public interface UnitHierarchy {

    /** True when {@code unitCode} is one of {@code rootCodes} or lies below one of them. */
    boolean isWithin(String unitCode, Collection<String> rootCodes);

    /** The codes of {@code rootCodes} and of every unit below one of them, closed units included. */
    Set<String> unitsWithin(Collection<String> rootCodes);
}
