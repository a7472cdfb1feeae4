import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import type { StoredStatusAnomaly } from '../../../core/ownership';
import { format } from '../../../ui/format';
import { ownershipText } from '../../../ui/ownershipText';

/** Props of {@link StatusAnomaliesTable}. */
export interface IStatusAnomaliesTableProps {
  anomalies: readonly StoredStatusAnomaly[];
  /** The address of a record's display form. */
  recordUrl: (assetId: number) => string;
  strings: IGovernanceSuiteStrings;
}

const css = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { textAlign: 'left', padding: '4px 8px', verticalAlign: 'top', borderBottom: '1px solid', borderColor: 'inherit' }
});

/**
 * The records whose stored OwnershipStatus disagrees with what their decisions establish (issue 23, attack 4): a
 * status written by hand, or one left behind by an approval that expired. The leads' recompute job repairs them.
 */
export function StatusAnomaliesTable(props: IStatusAnomaliesTableProps): React.ReactElement {
  const { anomalies, recordUrl, strings } = props;
  const s = ownershipStrings;
  return (
    <section aria-label={s.StatusAnomaliesTitle}>
      <Text as="h3" variant="large">{s.StatusAnomaliesTitle}</Text>
      <Text as="p">{s.StatusAnomaliesIntro}</Text>
      {anomalies.length === 0 ? (
        <Text as="p">{s.EmptyStatusAnomalies}</Text>
      ) : (
        <table className={css.table} aria-label={s.StatusAnomaliesTableLabel}>
          <thead>
            <tr>
              {[s.ColumnAsset, s.ColumnStoredStatus, s.ColumnDerivedStatus].map((name) => (
                <th key={name} scope="col" className={css.cell}>{name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {anomalies.map((anomaly) => (
              <tr key={anomaly.assetId}>
                <th scope="row" className={css.cell}>
                  <Link href={recordUrl(anomaly.assetId)} target="_blank" rel="noopener noreferrer" aria-label={format(s.OpenRecordInList, anomaly.title)}>
                    {anomaly.title}
                  </Link>
                </th>
                <td className={css.cell}>{anomaly.stored === undefined ? strings.NotSet : ownershipText(anomaly.stored, strings)}</td>
                <td className={css.cell}>{ownershipText(anomaly.derived, strings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
