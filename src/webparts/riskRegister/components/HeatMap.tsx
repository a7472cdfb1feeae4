import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { riskScore } from '../../../core/risk';
import { buildHeatMap, levelColours, type HeatMapCell, type HeatMapMode } from '../../../ui/risk/heatMapModel';
import { useStableId } from '../../../ui/useStableId';
import { LevelMovement } from './RiskGrid';
import { useThemeFacts } from './LevelBadge';
import type { RiskRow } from './registerModel';
import { VisibleText } from '../../../ui/VisibleText';
import { format, levelText } from './riskText';
import { formatPlural } from '../../../ui/format';

export interface IHeatMapProps {
  rows: readonly RiskRow[];
  strings: IRiskRegisterStrings;
  onEdit: (row: RiskRow) => void;
}

const css = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: '32px repeat(5, minmax(64px, 1fr))', gap: 4, maxWidth: 640 },
  axis: { display: 'flex', alignItems: 'center', justifyContent: 'center', fontWeight: 600 },
  cell: { minHeight: 64, cursor: 'pointer', borderRadius: 2, padding: 4, font: 'inherit' },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'center', width: '100%' },
  // 'normal': each line as tall as its font's own ascent and descent, so no font (Segoe UI's is about 1.33em) paints
  // the count over the "inherent → residual" line below it. (A bare number would be pixels: 1.1px did just that.)
  count: { fontSize: 20, fontWeight: 700, lineHeight: 'normal' },
  small: { fontSize: 11, lineHeight: 'normal' },
  table: { borderCollapse: 'collapse', marginTop: 8 },
  th: { padding: '4px 8px', border: '1px solid', textAlign: 'center' },
  td: { padding: '4px 8px', border: '1px solid', textAlign: 'center' }
});

function cellKey(c: { likelihood: number; impact: number }): string {
  return `${c.likelihood}-${c.impact}`;
}

/**
 * The 5x5 heat map (likelihood up, impact across). Each cell is a button: its count in the chosen scores, the
 * inherent → residual counts below, its level written out. Selecting a cell lists its risks with their movement.
 * A table alternative shows the same counts for screen readers and printing.
 */
export function HeatMap(props: IHeatMapProps): React.ReactElement {
  const { rows, strings, onEdit } = props;
  const [mode, setMode] = React.useState<HeatMapMode>('residual');
  const [selected, setSelected] = React.useState<string | undefined>(undefined);
  const [asTable, setAsTable] = React.useState(false);
  const facts = useThemeFacts();
  const listId = useStableId('heat-cell-list');
  const grid = React.useMemo(() => buildHeatMap(rows.map((r) => r.risk)), [rows]);
  const byId = React.useMemo(() => new Map(rows.map((r) => [r.risk.id, r])), [rows]);
  const selectedCell = grid.reduce<HeatMapCell | undefined>((found, row) => found ?? row.find((c) => cellKey(c) === selected), undefined);
  const selectedRisks = selectedCell ? selectedCell[mode].map((risk) => byId.get(risk.id)).filter((r): r is RiskRow => r !== undefined) : [];

  const cellButton = (c: HeatMapCell): React.ReactElement => {
    const colours = levelColours(c.level, facts);
    const count = c[mode].length;
    const isSelected = selected === cellKey(c);
    const descriptionId = `${listId}-${cellKey(c)}`;
    // The visible text is the button's name (WCAG 2.5.3, label in name); where the cell sits and what the counts mean
    // is its description.
    return (
      <React.Fragment key={cellKey(c)}>
        <button
          type="button"
          className={css.cell}
          data-cell={cellKey(c)}
          aria-pressed={isSelected}
          aria-controls={listId}
          aria-describedby={descriptionId}
          onClick={() => setSelected(isSelected ? undefined : cellKey(c))}
          style={{ background: colours.background, color: colours.text, border: `${isSelected ? 3 : 1}px solid ${colours.border}`, outlineOffset: 2 }}
        >
          <span className={css.stack}>
            {/* The spaces keep the name's words apart (flex items show none of them). */}
            <span className={css.count}>{count}</span>{' '}
            <span className={css.small}>{format(strings.HeatMapTableCell, c.inherent.length, c.residual.length)}</span>{' '}
            <span className={css.small}>{levelText(c.level, strings)}</span>
          </span>
        </button>
        <span id={descriptionId} hidden>
          {formatPlural(strings.HeatMapCellAria, count, undefined, c.likelihood, c.impact, levelText(c.level, strings)) + '; ' + format(strings.HeatMapCellMovement, c.inherent.length, c.residual.length)}
        </span>
      </React.Fragment>
    );
  };

  return (
    <div>
      <ChoiceGroup
        label={strings.HeatMapModeLabel}
        selectedKey={mode}
        onChange={(_e, option) => option && setMode(option.key as HeatMapMode)}
        options={[{ key: 'inherent', text: strings.HeatMapInherent }, { key: 'residual', text: strings.HeatMapResidual }]}
        styles={{ flexContainer: { display: 'flex', gap: 16 } }}
      />
      <Text block variant="small" style={{ margin: '4px 0 8px' }}>{strings.HeatMapLegend}</Text>
      <DefaultButton text={asTable ? strings.HeatMapShowGrid : strings.HeatMapShowTable} onClick={() => setAsTable(!asTable)} style={{ marginBottom: 8 }} />
      {asTable ? (
        <HeatMapTable grid={grid} strings={strings} />
      ) : (
        <div role="group" aria-label={strings.HeatMapTitle}>
          <div className={css.grid}>
            {grid.map((row) => (
              <React.Fragment key={row[0].likelihood}>
                <div className={css.axis} aria-hidden="true">{row[0].likelihood}</div>
                {row.map(cellButton)}
              </React.Fragment>
            ))}
            <div />
            {[1, 2, 3, 4, 5].map((impact) => <div key={impact} className={css.axis} aria-hidden="true">{impact}</div>)}
          </div>
          <Text block variant="small" style={{ maxWidth: 640, textAlign: 'center' }} aria-hidden="true">↑ {strings.HeatMapLikelihood} · {strings.HeatMapImpact} →</Text>
        </div>
      )}
      <section id={listId} aria-live="polite" style={{ marginTop: 12 }}>
        {selectedCell && (
          <>
            <Text as="h3" variant="large" block>
              {formatPlural(strings.HeatMapCellTitle, selectedRisks.length, undefined, selectedCell.likelihood, selectedCell.impact, levelText(selectedCell.level, strings))}
            </Text>
            {selectedRisks.length === 0 ? (
              <Text block>{strings.HeatMapCellEmpty}</Text>
            ) : (
              <ul data-testid="heat-cell-risks" style={{ paddingLeft: 20 }}>
                {selectedRisks.map((row) => (
                  <li key={row.risk.id} style={{ marginBottom: 4 }}>
                    <Link onClick={() => onEdit(row)}><VisibleText text={row.risk.title} /></Link>{' '}
                    <LevelMovement row={row} strings={strings} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </div>
  );
}

/** The same counts as a table: rows by likelihood, columns by impact, each cell "inherent → residual". */
export function HeatMapTable(props: { grid: HeatMapCell[][]; strings: IRiskRegisterStrings }): React.ReactElement {
  const { grid, strings } = props;
  return (
    <table className={css.table} data-testid="heat-map-table">
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{strings.HeatMapTableCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className={css.th}>{strings.HeatMapLikelihood} \ {strings.HeatMapImpact}</th>
          {[1, 2, 3, 4, 5].map((impact) => <th key={impact} scope="col" className={css.th}>{impact}</th>)}
        </tr>
      </thead>
      <tbody>
        {grid.map((row) => (
          <tr key={row[0].likelihood}>
            <th scope="row" className={css.th}>{row[0].likelihood}</th>
            {row.map((c) => (
              <td key={cellKey(c)} className={css.td} data-cell={cellKey(c)}>
                {format(strings.HeatMapTableCell, c.inherent.length, c.residual.length)}
                <br />
                <small>{levelText(c.level, strings)} ({riskScore(c.likelihood, c.impact)})</small>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

