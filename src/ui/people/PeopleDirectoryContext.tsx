import * as React from 'react';
import type { IPeopleDirectory } from '../../core/people';

const PeopleDirectoryContext = React.createContext<IPeopleDirectory | undefined>(undefined);

/** Props of {@link PeopleDirectoryProvider}. */
export interface IPeopleDirectoryProviderProps {
  /** The web part's directory (from the container's props); absent: pickers and personas use site data only. */
  directory: IPeopleDirectory | undefined;
  children?: React.ReactNode;
}

/**
 * Hands the container's people directory to the pickers and personas below it, however deep (panels, dialogs,
 * grid cells), so each form and details view need not thread it through its props. Containers set it from their
 * own props: the directory is injected like every other service, never a global.
 */
export function PeopleDirectoryProvider(props: IPeopleDirectoryProviderProps): React.ReactElement {
  return <PeopleDirectoryContext.Provider value={props.directory}>{props.children}</PeopleDirectoryContext.Provider>;
}

/** The people directory of the surrounding container, if it has one. */
export function usePeopleDirectory(): IPeopleDirectory | undefined {
  return React.useContext(PeopleDirectoryContext);
}
