/**
 * Append-only, hash-chained record of every state change, fed by
 * {@link org.mandate.shared.AuditableEvent}s; chain verification, viewer and export.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access"})
package org.mandate.audit;
