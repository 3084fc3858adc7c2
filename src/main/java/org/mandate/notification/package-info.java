/**
 * Reminders and escalations about task deadlines and missing progress reports, as in-app notices and
 * email, sent once each by a scheduled job that one node runs at a time; and per-user secret calendar
 * feeds of deadlines. Reads tasks through the delivery module's job queries.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "access", "organization", "delivery", "document"})
package org.mandate.notification;
