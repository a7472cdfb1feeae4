import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import { aggregateScorecard, drillDown, findScope } from '../../../core/scorecard';
import type { MissionScopeReference, ScopeAggregate } from '../../../core/scorecard';
import { bandOf } from '../../../core/scoring';
import type { ScoreBand } from '../../../core/scoring';
import { format } from '../../../ui/format';
import { bandText, HEALTH_BANDS } from '../../../ui/healthTypes';
import { DrillDownPanel } from '../../../ui/scorecard/DrillDownPanel';
import { BandTable, DimensionTable, RolloutTable } from '../../../ui/scorecard/FigureTables';
import { LazyCountDonutChart, LazyScoreBarChart } from '../../../ui/scorecard/lazyCharts';
import { ScopeTable } from '../../../ui/scorecard/ScopeTable';
import { ScorecardTiles } from '../../../ui/scorecard/ScorecardTiles';
import type { DrillRequest, ScorecardScope, ScorecardTileKey } from '../../../ui/scorecard/scorecardTypes';
import type { ScorecardRecord } from '../services/IScorecardService';

/** Props of {@link ScorecardBody}. */
export interface IScorecardBodyProps {
  records: readonly ScorecardRecord[];
  missions: readonly MissionScopeReference[];
  scope: ScorecardScope;
  tiles: readonly ScorecardTileKey[];
  strings: IGovernanceSuiteStrings;
  now: Date;
}

function bandColour(theme: Theme, band: ScoreBand): string {
  const semantic = theme.semanticColors;
  return band === 'Healthy' ? semantic.successIcon : band === 'Needs attention' ? semantic.severeWarningIcon : semantic.errorIcon;
}

/** The scopes one level below the shown scope: regions of the organisation, missions of a region. */
function childScopes(scopes: readonly ScopeAggregate[], scope: ScorecardScope, missions: readonly MissionScopeReference[]): ScopeAggregate[] {
  if (scope.kind === 'organisation') {
    return scopes.filter((s) => s.kind === 'region');
  }
  if (scope.kind === 'region') {
    const inRegion = new Set(missions.filter((m) => m.region === scope.value).map((m) => m.mission));
    return scopes.filter((s) => s.kind === 'mission' && inRegion.has(s.value));
  }
  return [];
}

/** Every figure of the scorecard for one scope, computed in one pass, with drill-down to the records. */
export function ScorecardBody(props: IScorecardBodyProps): React.ReactElement {
  const { records, missions, scope, tiles, strings, now } = props;
  const s = strings.Scorecard;
  const theme = useTheme();
  const [drill, setDrill] = React.useState<DrillRequest | undefined>();

  const aggregate = React.useMemo(
    () => aggregateScorecard(records, { missions, now, scopes: ['organisation', 'region', 'mission'] }),
    [records, missions, now]
  );
  const value = scope.kind === 'organisation' ? '' : scope.value ?? '';
  const shown = findScope(aggregate, scope.kind, value);
  const byId = React.useMemo(() => new Map(records.map((record) => [record.asset.id, record])), [records]);

  if (!shown) {
    return <MessageBar messageBarType={MessageBarType.warning}>{format(s.ScopeNotFound, value)}</MessageBar>;
  }
  const children = childScopes(aggregate.scopes, scope, missions);
  const regions = scope.kind === 'organisation' ? aggregate.scopes.filter((r) => r.kind === 'region') : [];
  const css = mergeStyleSets({
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 24, marginTop: 16 },
    section: { minWidth: 0 }
  });
  const open = (request: DrillRequest): void => setDrill(request);
  const openBand = (band: ScoreBand): void =>
    open({ kind: shown.kind, value: shown.value, figure: { type: 'band', band }, label: bandText(band, strings) });
  const drilled = drill ? drillDown(records, { kind: drill.kind, value: drill.value, figure: drill.figure, missions }) : undefined;
  const fallback = <Spinner label={s.ChartLoading} />;
  const childCaption = scope.kind === 'organisation' ? s.ByRegion : s.ByMission;

  return (
    <>
      <ScorecardTiles scope={shown} rollout={shown.rollout} tiles={tiles} strings={strings} />
      <div className={css.grid}>
        {children.length > 0 && (
          <section className={css.section}>
            <ScopeTable
              caption={childCaption}
              rows={children}
              strings={strings}
              onOpen={(row) => open({ kind: row.kind, value: row.value, figure: { type: 'all' }, label: row.value || s.BlankValue })}
            />
            <React.Suspense fallback={fallback}>
              <LazyScoreBarChart
                ariaLabel={s.ChartRegionsLabel}
                data={children.filter((c) => c.meanScore !== undefined).map((c) => ({
                  label: c.value || s.BlankValue,
                  value: c.meanScore ?? 0,
                  color: bandColour(theme, bandOf(c.meanScore ?? 0))
                }))}
              />
            </React.Suspense>
          </section>
        )}
        <section className={css.section}>
          <BandTable scope={shown} strings={strings} onOpen={openBand} />
          {shown.count > 0 && (
            <React.Suspense fallback={fallback}>
              <LazyCountDonutChart
                ariaLabel={s.ChartBandsLabel}
                data={HEALTH_BANDS.map((band) => ({ label: bandText(band, strings), value: shown.bands[band], color: bandColour(theme, band) }))}
                onSelect={(label) => {
                  const band = HEALTH_BANDS.find((b) => bandText(b, strings) === label);
                  if (band) openBand(band);
                }}
              />
            </React.Suspense>
          )}
        </section>
        <section className={css.section}>
          <DimensionTable
            scope={shown}
            strings={strings}
            onOpen={(dimension) =>
              open({ kind: shown.kind, value: shown.value, figure: { type: 'dimension', dimension }, label: strings.Dimensions[dimension] ?? dimension })
            }
          />
        </section>
        {regions.length > 0 && (
          <section className={css.section}>
            <RolloutTable regions={regions} strings={strings} />
          </section>
        )}
      </div>
      {drill && drilled && (
        <DrillDownPanel
          label={drill.label}
          total={drilled.total}
          records={drilled.ids.map((id) => byId.get(id)).filter((r): r is ScorecardRecord => r !== undefined)}
          strings={strings}
          onDismiss={() => setDrill(undefined)}
        />
      )}
    </>
  );
}
