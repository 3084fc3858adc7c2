/**
 * Pages of the programme of action: my work, the task list with its export, a task with its
 * reports, products, extensions and completion, the programme tree, its timeline and statistics.
 * Controllers only call the {@code delivery} services; rules and permissions live there.
 */
package org.mandate.delivery.web;
