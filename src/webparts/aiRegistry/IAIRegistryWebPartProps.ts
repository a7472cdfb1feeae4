/** Web part properties (set in the property pane, stored with the page). */
export interface IAIRegistryWebPartProps {
  /** Systems per page. */
  pageSize?: number;
}

export const DEFAULT_PAGE_SIZE = 50;
