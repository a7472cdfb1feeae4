/** Web part properties (set in the property pane, stored with the page or tab). */
export interface IOwnershipApprovalsWebPartProps {
  /** The SharePoint group whose members are governance leads (anomalies, recompute); default "Governance Leads". */
  leadsGroup?: string;
}
