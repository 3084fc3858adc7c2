/**
 * Small, stable types every module may use: reporting periods, money, Vietnamese text folding,
 * the audit event contract and the error types that the one error handler translates.
 * Depends on nothing else in Mandate.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.mandate.shared;
