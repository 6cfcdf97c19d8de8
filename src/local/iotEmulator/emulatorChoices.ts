/**
 * The emulator's answers where AWS documents none, in one place (the model's
 * constraints are in `model/`, Device Defender's documented rules in
 * `deviceDefender/`). `docs/emulator.md` explains each.
 */
export const EMULATOR_CHOICES = {
  /**
   * DeleteSecurityProfile models no ResourceNotFoundException and IoT's deletes
   * are idempotent (DeleteThing "returns successfully … if you specify a thing
   * that doesn't exist"): deleting a missing profile answers 200.
   */
  deleteOfMissingProfileSucceeds: true,
  /** Detaching a target that is not attached answers ResourceNotFoundException. */
  detachOfUnattachedTargetIsNotFound: true,
  /** Page size of list operations when `maxResults` is omitted (undocumented). */
  defaultPageSize: 25,
  /** Largest request body accepted. */
  maxBodyBytes: 1024 * 1024,
} as const;
