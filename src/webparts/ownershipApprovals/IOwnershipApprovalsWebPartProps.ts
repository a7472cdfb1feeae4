/** Web part properties (set in the property pane, stored with the page or tab). */
export interface IOwnershipApprovalsWebPartProps {
}
