/**
 * The programme of action: plan items from the resolution down to tasks, their assignment to lead
 * and coordinating units, deadlines and extensions, progress reports, products, completion and
 * acceptance, and the one task-status rule ({@link org.mandate.delivery.TaskStatus}) that lists,
 * statistics and reminders all use.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "access", "organization", "document"})
package org.mandate.delivery;
