/** Web part properties (set in the property pane, stored with the page). */
export interface IAIRegistryWebPartProps {
  /** SharePoint group whose members are governance leads; DEFAULT_LEAD_GROUP when empty. */
  leadGroup?: string;
  /** Systems per page. */
  pageSize?: number;
}

export const DEFAULT_PAGE_SIZE = 50;
