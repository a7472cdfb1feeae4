import type { PrivacyDpiaFilter } from './components/IPrivacyRegisterProps';

/** Web part properties (set in the property pane, stored with the page). */
export interface IPrivacyRegisterWebPartProps {
  /** The DPIA filter the register opens with (default: every record). */
  defaultDpiaFilter?: PrivacyDpiaFilter;
}
