package org.mandate.access;

import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may read and write what. Pages, API controllers, services and
 * templates ({@code ${@access.can('ORG_WRITE')}}) all ask it. A permission is held through a role
 * and applies within the account's scope: the subtrees rooted at its scope units (everything for
 * ADMIN). Refusals of a unit-scoped request are audited.
 */
@Component("access")
public class AccessPolicy {

    private final UnitHierarchy hierarchy;
    private final ApplicationEventPublisher events;

    AccessPolicy(UnitHierarchy hierarchy, ApplicationEventPublisher events) {
        this.hierarchy = hierarchy;
        this.events = events;
    }

    /** The signed-in account, if the caller is one. */
    public Optional<MandateUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MandateUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Whether the caller's roles grant the permission somewhere. */
    public boolean can(String permission) {
        return can(Permission.valueOf(permission));
    }

    public boolean can(Permission permission) {
        return currentUser().map(u -> u.holds(permission)).orElse(false);
    }

    /** Whether the caller holds the permission for this unit (role and scope). */
    public boolean can(Permission permission, String unitCode) {
        return currentUser().map(u -> u.holds(permission) && covers(u, unitCode)).orElse(false);
    }

    public boolean can(String permission, String unitCode) {
        return can(Permission.valueOf(permission), unitCode);
    }

    /** Whether the unit lies within the caller's scope, whatever the role. */
    public boolean inScope(String unitCode) {
        return currentUser().map(u -> covers(u, unitCode)).orElse(false);
    }

    /** Whether the caller's scope is everything (an administrator). */
    public boolean seesEveryUnit() {
        return currentUser().map(MandateUser::isAdmin).orElse(false);
    }

    /**
     * The codes of every unit in the caller's scope (scope units and all below them, closed ones
     * included), for filtering lists that carry a unit code; empty without a signed-in account. Not
     * meaningful for an administrator: ask {@link #seesEveryUnit()} first.
     */
    public Set<String> unitCodesInScope() {
        return currentUser().map(u -> hierarchy.unitsWithin(u.scopeUnitCodes())).orElse(Set.of());
    }

    /** Refuses (403) unless a role of the caller grants the permission. */
    public void require(Permission permission) {
        if (!can(permission)) {
            events.publishEvent(new AccessDenied(currentName(), permission, null, null));
            throw new AccessRefused(permission, null);
        }
    }

    /** Refuses (403, audited) unless the caller holds the permission for this unit. */
    public void require(Permission permission, String unitCode) {
        require(permission, unitCode, null);
    }

    /** As {@link #require(Permission, String)}, naming the resource asked for in the audit entry. */
    public void require(Permission permission, String unitCode, String resource) {
        if (!can(permission, unitCode)) {
            events.publishEvent(new AccessDenied(currentName(), permission, unitCode, resource));
            throw new AccessRefused(permission, unitCode);
        }
    }

    private boolean covers(MandateUser user, String unitCode) {
        if (user.isAdmin()) {
            return true;
        }
        if (unitCode == null || user.scopeUnitCodes().isEmpty()) {
            return false;
        }
        return user.scopeUnitCodes().contains(unitCode) || hierarchy.isWithin(unitCode, user.scopeUnitCodes());
    }

    private String currentName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
