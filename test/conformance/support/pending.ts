/**
 * PENDING: the service's `ValidationException` for model constraints (issue 8, defect 3) is being built by the
 * helper that owns src/validation and the local service's input checks. Until it is on main, the conformance
 * cases that assert it are skipped (they show as skipped in every run); set this to false when it lands.
 */
export const PENDING_VALIDATION_EXCEPTION = true;
