import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { ScoredAssetInput } from '../../core/scorecard';
import { format } from '../format';
import { HealthScoreBadge } from '../HealthScoreBadge';
import { tableStyles } from './tableStyles';

/** A record behind a figure, as the panel lists it. */
export interface IDrillRecord extends ScoredAssetInput {
  readonly asset: ScoredAssetInput['asset'] & { readonly title: string };
}

/** Props of {@link DrillDownPanel}. */
export interface IDrillDownPanelProps {
  /** The figure's name, e.g. "Asia and the Pacific" or "At risk". */
  label: string;
  records: readonly IDrillRecord[];
  /** All records behind the figure (more than `records.length` when the list was cut). */
  total: number;
  strings: IGovernanceSuiteStrings;
  onDismiss: () => void;
  /** Offers every record behind the figure as a download (not only the listed ones), when given. */
  onExport?: () => void;
  /** The export button's label. */
  exportLabel?: string;
  /** The inventory page opening one record; titles stay plain text when absent. */
  recordHref?: (id: number) => string | undefined;
  /** The inventory filtered like the figure's scope, offered when the list was cut. */
  inventoryLink?: { readonly href: string; readonly text: string };
}

/** The records behind a scorecard figure, worst first, in a panel (title, mission, score). */
export function DrillDownPanel(props: IDrillDownPanelProps): React.ReactElement {
  const { label, records, total, strings, onDismiss, onExport, exportLabel, recordHref, inventoryLink } = props;
  const s = strings.Scorecard;
  const css = tableStyles(useTheme());
  const title = format(s.DrillTitle, label);
  return (
    <Panel isOpen type={PanelType.medium} headerText={title} closeButtonAriaLabel={strings.Close} onDismiss={onDismiss} isLightDismiss>
      {records.length === 0 ? (
        <Text>{s.DrillEmpty}</Text>
      ) : (
        <>
          <Text block>{records.length < total ? format(s.DrillTruncated, records.length, total) : format(s.DrillCount, total)}</Text>
          {records.length < total && inventoryLink && <Link href={inventoryLink.href} data-inventory-link="">{inventoryLink.text}</Link>}
          {onExport && exportLabel && (
            <DefaultButton iconProps={{ iconName: 'Download' }} text={exportLabel} onClick={onExport} styles={{ root: { margin: '8px 0' } }} />
          )}
          <table className={css.table}>
            {/* The panel's heading already shows the title; the caption names the table for screen readers only. */}
            <caption className={mergeStyles(hiddenContentStyle)}>{title}</caption>
            <thead>
              <tr>
                <th scope="col" className={css.th}>{s.ColumnTitle}</th>
                <th scope="col" className={css.th}>{s.ColumnMission}</th>
                <th scope="col" className={css.th}>{s.ColumnScore}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => {
                const href = recordHref?.(record.asset.id);
                return (
                  <tr key={record.asset.id}>
                    {/* The title is the row's only link (a real href: new tab, copy link), so rows never nest interactives. */}
                    <th scope="row" className={css.rowHeader}>{href ? <Link href={href}>{record.asset.title}</Link> : record.asset.title}</th>
                    <td className={css.td}>{record.asset.mission || s.BlankValue}</td>
                    <td className={css.td}><HealthScoreBadge score={record.score.score} band={record.score.band} strings={strings} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </Panel>
  );
}
