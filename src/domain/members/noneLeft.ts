/**
 * Compiles only when `T` is `never`. A compile-time completeness check:
 * `export type EveryFlagClears = NoneLeft<Exclude<DeleteFlag, ClaimedFlag>>`
 * fails the build with the names that are left, e.g.
 * `Type '"deleteSomething"' does not satisfy the constraint 'never'`.
 */
export type NoneLeft<T extends never> = T;
