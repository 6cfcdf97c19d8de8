import type { NoneLeft } from '../domain/members/noneLeft';
import type { PatchSecurityProfileRequest } from '../domain/patch/patchRequest';
import type {
  SecurityProfile as DomainSecurityProfile,
  UpdateSecurityProfileRequest,
} from '../domain/securityProfile';
import type {
  PatchSecurityProfileInput,
  SecurityProfile,
  UpdateSecurityProfileInput,
} from './generated/resolvers';

/** The members of `Domain` that the schema's `Schema` type lacks. */
type Unoffered<Schema, Domain> = Exclude<keyof Domain, keyof Schema>;

/**
 * Compiles only while `schema.graphql` offers every member of the domain's
 * request and profile types (then `npm run codegen`): a member the schema lacks
 * could neither be set through GraphQL nor read back, and nothing else would say so.
 */
export type SchemaCoversDomain = [
  NoneLeft<Unoffered<UpdateSecurityProfileInput, UpdateSecurityProfileRequest>>,
  NoneLeft<Unoffered<PatchSecurityProfileInput, PatchSecurityProfileRequest>>,
  NoneLeft<Unoffered<SecurityProfile, DomainSecurityProfile>>,
];
