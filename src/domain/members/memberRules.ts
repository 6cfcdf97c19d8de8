import type { FieldChange } from '../auditEvent';
import type { ValidationIssue } from '../errors';
import type { PatchSecurityProfileRequest } from '../patch/patchRequest';
import type { DeleteFlag } from '../securityProfile';

/** A field of patchSecurityProfile's request that changes content (not the name, not the version). */
export type PatchFieldName = Exclude<
  keyof PatchSecurityProfileRequest,
  'securityProfileName' | 'expectedVersion'
>;

/** One field of a patch: its name, for paths and messages, and how to read it. */
export interface PatchField<V, N extends PatchFieldName = PatchFieldName> {
  readonly name: N;
  read(patch: PatchSecurityProfileRequest): V;
}

/** The field `name` of a patch, typed as the patch request declares it. */
export function patchField<N extends PatchFieldName>(name: N): PatchField<PatchSecurityProfileRequest[N], N> {
  return { name, read: (patch) => patch[name] };
}

/** What identifies the entries of a keyed list (`behaviors` by name). */
export interface EntryKeys<T> {
  /** Two entries with the same key are the same setting. */
  keyOf: (item: T) => string;
  /** The entry's selector in paths: `name=Authorization` in `behaviors[name=Authorization]`. */
  selector: (key: string) => string;
  /** Where the key sits in an entry, for messages: `.name`, or '' when the whole entry is its key. */
  keyPath: string;
}

/** How a value of one member reads in an update and in a diff. */
export interface MemberShape<V> {
  /**
   * The value as IoT takes it from a request: undefined when absent or empty, since
   * IoT reads an empty list or map as "no change" (only the delete flags clear a member).
   */
  given(value: V | undefined): V | undefined;
  /** Appends the changes between two values at `path`, one per changed leaf. */
  diff(path: string, before: V | undefined, after: V | undefined, changes: FieldChange[]): void;
}

/** What `PatchRules.merge` answers when a patch leaves its member as it is. */
export const UNCHANGED: unique symbol = Symbol('unchanged');

/** How patchSecurityProfile changes one member. */
export interface PatchRules<V, N extends PatchFieldName = PatchFieldName> {
  /** The patch fields that change this member. */
  readonly fields: readonly N[];
  /**
   * The member after the patch: its new value, `undefined` when the patch empties it
   * (the member's delete flag then clears it), or UNCHANGED.
   */
  merge(current: V | undefined, patch: PatchSecurityProfileRequest): V | undefined | typeof UNCHANGED;
  /** What the patch's fields for this member break on their own, before any profile is read. */
  issues(patch: PatchSecurityProfileRequest): ValidationIssue[];
  /** The value the patch brings in before merging (set, or the entries it upserts), for authorization. */
  written(patch: PatchSecurityProfileRequest): V | undefined;
  /**
   * An issue's path at `${member}${rest}` of the merged profile in the patch's own terms
   * (`upsertBehaviors[0]…`); undefined keeps the path as it is.
   */
  patchPath(
    member: string,
    rest: string,
    merged: V | undefined,
    patch: PatchSecurityProfileRequest,
  ): string | undefined;
}

/** Everything the domain knows of one content member: its shape, the flag that clears it, how a patch changes it. */
export interface MemberRules<V> extends MemberShape<V> {
  /** UpdateSecurityProfile's flag that clears the member; one flag may clear several members. */
  deleteFlag: DeleteFlag | undefined;
  /** undefined when a patch cannot change the member. */
  patch: PatchRules<V> | undefined;
}
