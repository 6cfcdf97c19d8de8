/** Who is calling, as established by authentication (stage 1 of the pipeline). */
export interface Actor {
  /** The token's `sub`: a stable id of the person or application. */
  subject: string;
  /** Teams the caller belongs to, from the configured teams claim. */
  teams: string[];
  /** True when one of `teams` is an admin team. */
  isAdmin: boolean;
}
