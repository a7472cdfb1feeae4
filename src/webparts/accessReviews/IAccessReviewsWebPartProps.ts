import type { AccessReviewsView } from './components/IAccessReviewsProps';

/** Web part properties (set in the property pane, stored with the page). */
export interface IAccessReviewsWebPartProps {
  /** View the web part opens on (default: the signed-in reviewer's items). */
  defaultView?: AccessReviewsView;
}
