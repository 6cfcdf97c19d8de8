import type { NoneLeft } from '../domain/members/noneLeft';
import type { PatchSecurityProfileRequest } from '../domain/patch/patchRequest';
import type { RestoreSecurityProfileRequest } from '../service/change/planners/createRestorePlanner';
import type { SecurityProfileTargetRequest } from '../service/change/planners/createTargetPlanner';
import type {
  SecurityProfile as DomainSecurityProfile,
  UpdateSecurityProfileRequest,
} from '../domain/securityProfile';
import type {
  CreateProfileRequest,
  DeleteProfileRequest,
  TransferOwnershipRequest,
} from '../domain/lifecycleRequests';
import type {
  CreateSecurityProfileInput,
  DeleteSecurityProfileInput,
  TransferSecurityProfileOwnershipInput,
  PatchSecurityProfileInput,
  RestoreSecurityProfileInput,
  SecurityProfile,
  SecurityProfileTargetInput,
  UpdateSecurityProfileInput,
} from './generated/resolvers';

/** The members of `Domain` that the schema's `Schema` type lacks. */
type Unoffered<Schema, Domain> = Exclude<keyof Domain, keyof Schema>;

/** What a mutation input carries besides the domain request: how the call runs, not what it changes. */
type CallOption = 'dryRun';

/** The members of the schema's `Input` that the domain's `Request` would not take. */
type Untaken<Input, Request> = Exclude<keyof Input, keyof Request | CallOption>;

/**
 * Compiles only while `schema.graphql` offers every member of the domain's
 * request and profile types (then `npm run codegen`): a member the schema lacks
 * could neither be set through GraphQL nor read back, and nothing else would say so.
 */
export type SchemaCoversDomain = [
  NoneLeft<Unoffered<UpdateSecurityProfileInput, UpdateSecurityProfileRequest>>,
  NoneLeft<Unoffered<PatchSecurityProfileInput, PatchSecurityProfileRequest>>,
  NoneLeft<Unoffered<SecurityProfile, DomainSecurityProfile>>,
  NoneLeft<Unoffered<CreateSecurityProfileInput, CreateProfileRequest>>,
  NoneLeft<Unoffered<DeleteSecurityProfileInput, DeleteProfileRequest>>,
  NoneLeft<Unoffered<TransferSecurityProfileOwnershipInput, TransferOwnershipRequest>>,
  NoneLeft<Unoffered<SecurityProfileTargetInput, SecurityProfileTargetRequest>>,
  NoneLeft<Unoffered<RestoreSecurityProfileInput, RestoreSecurityProfileRequest>>,
];

/**
 * Compiles only while the domain takes every member of the mutation inputs. The
 * resolvers hand `withoutNulls(input)` to the use case as it is, which checks the
 * type of every member both have; a member only the schema has would pass that
 * check and then be ignored, a change the client asked for and nobody made.
 */
export type DomainTakesSchemaInputs = [
  NoneLeft<Untaken<UpdateSecurityProfileInput, UpdateSecurityProfileRequest>>,
  NoneLeft<Untaken<PatchSecurityProfileInput, PatchSecurityProfileRequest>>,
  NoneLeft<Untaken<CreateSecurityProfileInput, CreateProfileRequest>>,
  NoneLeft<Untaken<DeleteSecurityProfileInput, DeleteProfileRequest>>,
  NoneLeft<Untaken<TransferSecurityProfileOwnershipInput, TransferOwnershipRequest>>,
  NoneLeft<Untaken<SecurityProfileTargetInput, SecurityProfileTargetRequest>>,
  NoneLeft<Untaken<RestoreSecurityProfileInput, RestoreSecurityProfileRequest>>,
];
