import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { PersonRef } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import type { ListDefinition } from '../../core/schema/types';
import type { GovernanceErrorKind } from '../../core/errors';
import { displayValue } from '../displayValue';
import { errorKindOf } from '../errorText';
import { format, formatDate } from '../format';
import { fieldLabel } from '../form/formModel';

/** One version of a record: who saved it, when, and what changed (same shape as the service's AssetVersion). */
export interface IVersionEntry {
  readonly label: string;
  readonly modified: string;
  readonly editor?: PersonRef;
  readonly changes: readonly { readonly property: string; readonly from?: unknown; readonly to?: unknown }[];
}

/** Props of {@link VersionHistory}. */
export interface IVersionHistoryProps {
  list: ListDefinition<DataAsset>;
  /** Loads the versions (newest first); called once per mount. */
  load: () => Promise<IVersionEntry[]>;
  strings: IGovernanceSuiteStrings;
}

type State = { status: 'loading' } | { status: 'loaded'; versions: IVersionEntry[] } | { status: 'failed'; kind: GovernanceErrorKind };

/** A record's version history: who changed what, when. Loads on mount; ignores a response that arrives after unmount. */
export function VersionHistory(props: IVersionHistoryProps): React.ReactElement {
  const { list, load, strings } = props;
  const [state, setState] = React.useState<State>({ status: 'loading' });

  React.useEffect(() => {
    let live = true;
    load().then(
      (versions) => live && setState({ status: 'loaded', versions }),
      (error: unknown) => live && setState({ status: 'failed', kind: errorKindOf(error) })
    );
    return () => {
      live = false;
    };
  }, [load]);

  const label = (property: string): string => {
    const field = list.fields.find((f) => f.property === property);
    return field ? fieldLabel(field, strings) : property;
  };

  if (state.status === 'loading') {
    return <Spinner label={strings.VersionsLoading} />;
  }
  if (state.status === 'failed') {
    return <Text role="alert">{strings.VersionsError}</Text>;
  }
  if (state.versions.length === 0) {
    return <Text>{strings.VersionsEmpty}</Text>;
  }
  // A change that displays the same on both sides ("(empty) -> (empty)", e.g. null to "") tells the reader nothing.
  const visibleChanges = (v: IVersionEntry): IVersionEntry['changes'] => v.changes.filter((c) => displayValue(c.from, strings) !== displayValue(c.to, strings));
  return (
    <ol aria-label={strings.VersionHistoryTitle}>
      {state.versions.map((v) => ({ ...v, changes: visibleChanges(v) })).map((v) => (
        <li key={`${v.label}-${v.modified}`}>
          <Text block styles={{ root: { fontWeight: 600 } }}>
            {format(strings.VersionHeading, v.label, formatDate(v.modified, v.modified), v.editor?.title ?? strings.UnknownUser)}
          </Text>
          {v.changes.length === 0 ? (
            <Text block>{strings.VersionNoFieldChanges}</Text>
          ) : (
            <ul>
              {v.changes.map((c) => (
                <li key={c.property}>
                  {format(strings.VersionChange, label(c.property), displayValue(c.from, strings), displayValue(c.to, strings))}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
