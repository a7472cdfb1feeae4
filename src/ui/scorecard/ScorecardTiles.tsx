import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { RolloutCoverage, ScopeAggregate } from '../../core/scorecard';
import { format, formatNumber } from '../format';
import { formatPercent } from './scorecardTypes';
import type { ScorecardTileKey } from './scorecardTypes';
import { ScoreCell } from './ScoreCell';

/** Props of {@link ScorecardTiles}. */
export interface IScorecardTilesProps {
  scope: ScopeAggregate;
  /** Rollout of the scope (organisation/region), or of the mission's region for a mission. */
  rollout?: RolloutCoverage;
  tiles: readonly ScorecardTileKey[];
  strings: IGovernanceSuiteStrings;
}

interface ITile {
  key: ScorecardTileKey;
  label: string;
  value: React.ReactNode;
  detail?: string;
}

function tilesOf(props: IScorecardTilesProps): ITile[] {
  const { scope, rollout, strings } = props;
  const s = strings.Scorecard;
  const rate = (key: 'confirmedCustodian' | 'classified' | 'underLabelled'): ITile => {
    const coverage = scope.coverage[key];
    const label = key === 'confirmedCustodian' ? s.TileConfirmedCustodian : key === 'classified' ? s.TileClassified : s.TileUnderLabelled;
    return { key, label, value: formatPercent(coverage.rate, s.NotApplicable), detail: format(s.RateOf, coverage.numerator, coverage.denominator) };
  };
  const all: ITile[] = [
    { key: 'score', label: s.TileScore, value: <ScoreCell score={scope.meanScore} strings={strings} />, detail: scope.meanScore === undefined ? s.NoScoreHint : undefined },
    {
      key: 'maturity',
      label: s.TileMaturity,
      value: scope.maturity === undefined ? s.NoScore : format(s.MaturityLevel, scope.maturity, s.MaturityNames[String(scope.maturity)])
    },
    { key: 'assets', label: s.TileAssets, value: formatNumber(scope.count) },
    rate('confirmedCustodian'),
    rate('classified'),
    rate('underLabelled'),
    {
      key: 'rollout',
      label: s.TileRollout,
      value: rollout ? format(s.RateOf, rollout.onboarded, rollout.total) : s.NotApplicable,
      detail: rollout ? formatPercent(rollout.rate, s.NotApplicable) : undefined
    }
  ];
  return all.filter((tile) => props.tiles.indexOf(tile.key) >= 0);
}

/** The headline figures of a scope as a definition list of tiles (label, value, detail). */
export function ScorecardTiles(props: IScorecardTilesProps): React.ReactElement {
  const theme = useTheme();
  const css = mergeStyleSets({
    root: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 12, margin: 0 },
    tile: {
      padding: 12,
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderRadius: 4,
      background: theme.semanticColors.bodyBackground
    },
    label: { fontSize: 12, color: theme.semanticColors.bodySubtext },
    value: {
      margin: '4px 0 0 0',
      fontSize: 20,
      fontWeight: 600,
      color: theme.semanticColors.bodyText,
      minWidth: 0,
      // The score badge at the grid's size, and free to wrap: "77.1 Needs attention", "79 Requiere atención" at 20px
      // were wider than a tile and were clipped or ran over its border.
      selectors: { '& [data-band]': { fontSize: 14, whiteSpace: 'normal', flexWrap: 'wrap', maxWidth: '100%', boxSizing: 'border-box', lineHeight: '1.25', padding: '2px 8px' } }
    },
    detail: { fontSize: 12, color: theme.semanticColors.bodySubtext }
  });
  return (
    <dl className={css.root}>
      {tilesOf(props).map((tile) => (
        <div key={tile.key} className={css.tile} data-tile={tile.key}>
          <dt className={css.label}>{tile.label}</dt>
          <dd className={css.value}>{tile.value}</dd>
          {tile.detail && <dd className={css.detail} style={{ margin: 0 }}>{tile.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
