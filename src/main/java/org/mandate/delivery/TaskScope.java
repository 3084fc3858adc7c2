package org.mandate.delivery;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what on a plan item, in the terms of the access policy: a task is seen by
 * callers whose scope covers its lead unit, a coordinating unit or the assigning unit; the lead
 * unit's work (completion, extension requests, products) needs TASK_WRITE for the lead unit;
 * coordinating units may add progress input; decisions need TASK_ACCEPT for the assigning unit.
 */
@Component
class TaskScope {

    private final AccessPolicy access;
    private final Organization organization;

    TaskScope(AccessPolicy access, Organization organization) {
        this.access = access;
        this.organization = organization;
    }

    boolean canRead(PlanItem item) {
        return access.can(Permission.TASK_READ, item.leadUnitCode())
                || access.can(Permission.TASK_READ, item.assignerUnitCode())
                || item.coordinatingUnitCodes().stream().anyMatch(c -> access.can(Permission.TASK_READ, c));
    }

    void requireRead(PlanItem item) {
        if (!canRead(item)) {
            access.require(Permission.TASK_READ, item.leadUnitCode(), item.code());
        }
    }

    /** The lead unit's own work: completion, extension requests, products. */
    void requireLeadWork(PlanItem item) {
        access.require(Permission.TASK_WRITE, item.leadUnitCode(), item.code());
    }

    boolean canDoLeadWork(PlanItem item) {
        return access.can(Permission.TASK_WRITE, item.leadUnitCode());
    }

    /** The unit the caller gives input for: the lead unit, else a coordinating unit in scope; 403 otherwise. */
    String requireInputUnit(PlanItem item) {
        if (access.can(Permission.TASK_WRITE, item.leadUnitCode())) {
            return item.leadUnitCode();
        }
        return item.coordinatingUnitCodes().stream().filter(c -> access.can(Permission.TASK_WRITE, c)).findFirst()
                .orElseGet(() -> {
                    access.require(Permission.TASK_WRITE, item.leadUnitCode(), item.code());
                    return item.leadUnitCode();
                });
    }

    /** Whether the caller may report progress on the item, for the lead unit or a coordinating unit. */
    boolean canGiveInput(PlanItem item) {
        return canDoLeadWork(item)
                || item.coordinatingUnitCodes().stream().anyMatch(c -> access.can(Permission.TASK_WRITE, c));
    }

    /** Decisions of the assigner: accept or return, approve or reject. */
    void requireDecision(PlanItem item) {
        access.require(Permission.TASK_ACCEPT, item.assignerUnitCode(), item.code());
    }

    /** Whether the caller's roles allow deciding for some unit (then only its scope limits it). */
    boolean canDecideSomewhere() {
        return access.can(Permission.TASK_ACCEPT);
    }

    boolean canDecide(PlanItem item) {
        return canDecideFor(item.assignerUnitCode());
    }

    boolean canDecideFor(String assignerUnitCode) {
        return access.can(Permission.TASK_ACCEPT, assignerUnitCode);
    }

    /** Statistics of a unit's subtree need TASK_READ for that unit. */
    void requireStatistics(String unitCode) {
        access.require(Permission.TASK_READ, unitCode, "tasks/stats");
    }

    void requireAssign(String unitCode, String resource) {
        access.require(Permission.TASK_ASSIGN, unitCode, resource);
    }

    /** Whether the caller's roles allow assigning tasks to some unit (then only its scope limits it). */
    boolean canAssignSomewhere() {
        return access.can(Permission.TASK_ASSIGN);
    }

    boolean canAssign(String unitCode) {
        return access.can(Permission.TASK_ASSIGN, unitCode);
    }

    /**
     * Codes of every unit (at any date) within the caller's scope, for list queries; null when the
     * caller sees everything. Refuses (403) a caller without TASK_READ.
     */
    Set<String> visibleUnits() {
        access.require(Permission.TASK_READ);
        MandateUser user = access.currentUser().orElseThrow();
        if (user.isAdmin()) {
            return null;
        }
        List<String> roots = user.scopeUnitCodes().stream().map(organization::findUnit)
                .flatMap(java.util.Optional::stream).map(OrgUnitView::path).toList();
        return organization.allUnits().stream().filter(u -> roots.stream().anyMatch(u.path()::startsWith))
                .map(OrgUnitView::code).collect(Collectors.toSet());
    }

    String currentUsername() {
        return access.currentUser().map(MandateUser::getUsername).orElse("system");
    }

    Long currentPersonId() {
        return access.currentUser().map(MandateUser::personId).orElse(null);
    }
}
