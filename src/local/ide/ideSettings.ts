/** What the local stack puts into the IDE page when it serves it (see `createIdePages`). */
export interface IdeSettings {
  /** The GraphQL endpoint, relative to the page's origin. */
  endpoint: string;
  /** Fresh demo tokens, issued when the page was served; the first is preselected. */
  identities: IdeIdentity[];
  /** The tabs a first visit opens with; the first is the README's worked example. */
  tabs: { query: string; variables?: string }[];
}

/** A caller the page can send requests as. */
export interface IdeIdentity {
  /** Button label, e.g. `alice · team-a`. */
  label: string;
  /** What the identity may do (the button's tooltip). */
  description: string;
  token: string;
}

/** The id of the `<script type="application/json">` element holding the settings. */
export const IDE_SETTINGS_ELEMENT_ID = 'ide-settings';
