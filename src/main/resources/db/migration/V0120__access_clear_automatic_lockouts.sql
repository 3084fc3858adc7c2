-- Why: wrong passwords no longer lock an account (which let anyone lock out any user, and its API
-- tokens); guessing is throttled per username and source address instead. Locks left by the old
-- automatic lockout are lifted; an administrator's lock (until 9999-12-31) stays.
UPDATE account SET locked_until = NULL WHERE locked_until IS NOT NULL AND locked_until < TIMESTAMP '9000-01-01 00:00:00';
