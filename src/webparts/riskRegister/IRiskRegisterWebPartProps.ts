import type { RiskRegisterTab } from './components/IRiskRegisterProps';

/** Web part properties (set in the property pane, stored with the page). */
export interface IRiskRegisterWebPartProps {
  /** Tab the register opens on (default: the register). */
  defaultTab?: RiskRegisterTab;
}
