/** Web part properties: none yet (who edits is the Governance Leads group, fixed on purpose; see the property pane). */
export type IGovernanceRolesWebPartProps = object;
