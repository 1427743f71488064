/**
 * Refusals. NotFound is used for "not yours" too, so a stranger cannot learn that a family or an
 * entry exists. Routes turn NotFound into a 404 and InputError into messages next to the fields.
 */
export class NotFoundError extends Error {
  constructor(what = "Not found") {
    super(what);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A valid-looking request that breaks a rule (e.g. the last owner leaving). Shown to the person. */
export class RuleError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = "RuleError";
  }
}
