import * as React from 'react';
import type { GovernanceErrorKind } from '../../../core/errors';
import { errorKindOf } from '../../../ui/errorText';

/** Where a scorecard section's figures come from: one load of everything it shows. */
export interface FiguresSource<T> {
  load(): Promise<T>;
}

/** A figures section's state: loading, failed (with the error's kind for the message bar), or its figures. */
export type FiguresState<T> = { readonly status: 'loading' } | { readonly status: 'error'; readonly kind: GovernanceErrorKind } | { readonly status: 'ready'; readonly figures: T };

/**
 * Loads a scorecard figures section (access, privacy, literacy): once on mount, again when the source changes or on
 * `retry`; an answer that arrives after the section unmounted or reloaded is ignored.
 */
export function useFiguresSource<T>(source: FiguresSource<T>): { readonly state: FiguresState<T>; readonly retry: () => void } {
  const [state, setState] = React.useState<FiguresState<T>>({ status: 'loading' });
  const [version, setVersion] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    source.load().then(
      (figures) => live && setState({ status: 'ready', figures }),
      (error: unknown) => live && setState({ status: 'error', kind: errorKindOf(error) })
    );
    return () => {
      live = false;
    };
  }, [source, version]);

  const retry = React.useCallback(() => setVersion((v) => v + 1), []);
  return { state, retry };
}
