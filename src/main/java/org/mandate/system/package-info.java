/**
 * Web and cross-cutting configuration: the clock, languages, the one error handler, request ids,
 * Unicode normalisation of input, the scheduler lock shared by every module's jobs, the page layout
 * and home page, and the demo data loader.
 * Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule
package org.mandate.system;
