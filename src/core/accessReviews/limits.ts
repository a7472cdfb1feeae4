/** Limits of access review campaigns (stated in the UI and README with the same numbers). */

/** Most items one campaign may snapshot; larger scopes must be split (e.g. by region). */
export const MAX_CAMPAIGN_ITEMS = 20000;
