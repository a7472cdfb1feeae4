import * as React from 'react';
import type { Theme } from '@fluentui/react/lib/Theme';
import { errorKindOf, errorText } from '../../../ui/errorText';

/** A details-panel section's data: loaded when it opens, again on `reload` (after a change or a Retry). */
export interface SectionData<T> {
  readonly view: T | undefined;
  /** The localised reason the load failed ("Could not load ... " and the error's kind). */
  readonly loadError: string | undefined;
  readonly reload: () => void;
}

/**
 * Loads a section of the AI system's details panel, ignoring answers that arrive after it closed or reloaded.
 * A change in `deps` (e.g. another system) loads again.
 */
export function useSectionData<T>(load: () => Promise<T>, deps: React.DependencyList, loadFailed: string, suiteStrings: IGovernanceSuiteStrings): SectionData<T> {
  const [view, setView] = React.useState<T | undefined>();
  const [loadError, setLoadError] = React.useState<string | undefined>();
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setLoadError(undefined);
    load().then(
      (loaded) => { if (live) setView(loaded); },
      (error: unknown) => { if (live) setLoadError(`${loadFailed} ${errorText(errorKindOf(error), suiteStrings)}`); }
    );
    return () => { live = false; };
    // `load` is a new closure each render: `deps` and the attempt say when to load again.
  }, [...deps, attempt]);
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { view, loadError, reload };
}

/** The sections' plain tables: theme text, divider lines, captions left-aligned. */
export function sectionTableStyles(theme: Theme): { cell: React.CSSProperties; table: React.CSSProperties; caption: React.CSSProperties; subtext: React.CSSProperties } {
  const divider = `1px solid ${theme.semanticColors.bodyDivider}`;
  return {
    cell: { textAlign: 'left', padding: '4px 6px', borderBottom: divider, verticalAlign: 'top', overflowWrap: 'anywhere' },
    table: { borderCollapse: 'collapse', width: '100%', color: theme.semanticColors.bodyText },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    subtext: { color: theme.semanticColors.bodySubtext }
  };
}
