import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import { drillDown } from '../../../core/scorecard';
import type { MissionScopeReference } from '../../../core/scorecard';
import { bandOf } from '../../../core/scoring';
import type { ScoreBand } from '../../../core/scoring';
import { format } from '../../../ui/format';
import { bandText, HEALTH_BANDS } from '../../../ui/healthTypes';
import { ChartFrame } from '../../../ui/scorecard/ChartFrame';
import { ChartTableToggle } from '../../../ui/scorecard/ChartTableToggle';
import { DrillDownPanel } from '../../../ui/scorecard/DrillDownPanel';
import { downloadCsv, fileNameFor } from '../../../ui/export/download';
import { BandTable, DimensionTable, RolloutTable } from '../../../ui/scorecard/FigureTables';
import { inventoryFilteredUrl, inventoryRecordUrl, scopeFilters } from '../../../ui/scorecard/inventoryLink';
import { LazyCountDonutChart, LazyScoreBarChart } from '../../../ui/scorecard/lazyCharts';
import { ScopeTable } from '../../../ui/scorecard/ScopeTable';
import { ScorecardTiles } from '../../../ui/scorecard/ScorecardTiles';
import type { DrillRequest, ScorecardTileKey } from '../../../ui/scorecard/scorecardTypes';
import type { ScorecardRecord } from '../services/IScorecardService';
import { recordsCsv } from './exportFigures';
import { bandDonutImage, exportSubtitle, scoreBarsImage } from './chartImages';
import { LabelFiguresTable } from './LabelFiguresTable';
import type { GroupKind } from './grouping';
import type { ScorecardFigures } from './useScorecardFigures';

/** Props of {@link ScorecardBody}. */
export interface IScorecardBodyProps {
  figures: ScorecardFigures;
  missions: readonly MissionScopeReference[];
  tiles: readonly ScorecardTileKey[];
  strings: IGovernanceSuiteStrings;
  /** ISO date of the figures, for export file names. */
  day: string;
  /** The Data Inventory page (http(s)) that drill-down records and the "see all" link open. */
  inventoryPageUrl: string;
}

function bandColour(theme: Theme, band: ScoreBand): string {
  const semantic = theme.semanticColors;
  return band === 'Healthy' ? semantic.successIcon : band === 'Needs attention' ? semantic.severeWarningIcon : semantic.errorIcon;
}

function groupCaption(kind: GroupKind, shared: IGovernanceSuiteStrings): string {
  const captions: Record<GroupKind, string> = {
    region: shared.Scorecard.ByRegion,
    mission: shared.Scorecard.ByMission,
    department: strings.ByDepartment,
    domain: strings.ByDomain
  };
  return captions[kind];
}

/** Every figure of the scorecard for one scope, with drill-down to the records (and their CSV). */
export function ScorecardBody(props: IScorecardBodyProps): React.ReactElement {
  const { figures, missions, tiles, strings: shared, day, inventoryPageUrl } = props;
  const s = shared.Scorecard;
  const theme = useTheme();
  const [drill, setDrill] = React.useState<DrillRequest | undefined>();
  const { shown, rows, regions, scoped, groupKind } = figures;
  const byId = React.useMemo(() => new Map(scoped.map((record) => [record.asset.id, record])), [scoped]);

  if (!shown) {
    return <MessageBar messageBarType={MessageBarType.warning}>{format(s.ScopeNotFound, '')}</MessageBar>;
  }
  const css = mergeStyleSets({
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))', gap: theme.spacing.l2, marginTop: theme.spacing.l1 },
    section: { minWidth: 0 },
    // The scores by grouping take the whole row: ten regions' names, scores and maturity need the width.
    wideSection: { minWidth: 0, gridColumn: '1 / -1' },
    heading: { margin: `0 0 ${theme.spacing.s1}` }
  });
  const showTable = { showLabel: strings.ShowTable, hideLabel: strings.HideTable };
  const open = (request: DrillRequest): void => setDrill(request);
  const openBand = (band: ScoreBand): void =>
    open({ kind: shown.kind, value: shown.value, figure: { type: 'band', band }, label: bandText(band, shared) });
  // Every figure on screen lies within the shown scope, so drill-downs scan only its records.
  const drilled = drill ? drillDown(scoped, { kind: drill.kind, value: drill.value, figure: drill.figure, missions }) : undefined;
  const drilledFilters = drill ? inventoryFilteredUrl(inventoryPageUrl, scopeFilters([shown, drill])) : undefined;
  const exportDrilled = (): void => {
    if (!drill) return;
    const all = drillDown(scoped, { kind: drill.kind, value: drill.value, figure: drill.figure, missions, limit: Number.MAX_SAFE_INTEGER });
    const records = all.ids.map((id) => byId.get(id)).filter((r): r is ScorecardRecord => r !== undefined);
    downloadCsv(recordsCsv(records, shared), fileNameFor(['scorecard-records', drill.label, day], 'csv'));
  };
  const fallback = <Spinner label={s.ChartLoading} />;
  const caption = groupCaption(groupKind, shared);
  const pngName = (name: string): string => fileNameFor(['scorecard', name, shown.value || 'organisation', day], 'png');
  const subtitle = exportSubtitle(shown.value || s.ScopeOrganisation, day);
  const scored = rows.filter((c) => c.meanScore !== undefined);

  return (
    <>
      <ScorecardTiles scope={shown} rollout={shown.rollout} tiles={tiles} strings={shared} />
      <div className={css.grid} data-scorecard-grid="">
        {rows.length > 0 && (
          <section className={css.wideSection}>
            <Text as="h3" variant="mediumPlus" block className={css.heading}>{caption}</Text>
            <ChartFrame saveLabel={strings.SavePng} saveAriaLabel={`${strings.SavePng}: ${caption}`} fileName={pngName(groupKind)} failedText={strings.PngFailed}
              image={() => scoreBarsImage(caption, subtitle, scored.map((c) => ({ label: c.value || s.BlankValue, score: c.meanScore ?? 0 })), shared)}>
              <React.Suspense fallback={fallback}>
                <LazyScoreBarChart
                  ariaLabel={`${s.ChartRegionsLabel} (${caption})`}
                  data={scored.map((c) => ({
                    label: c.value || s.BlankValue,
                    value: c.meanScore ?? 0,
                    color: bandColour(theme, bandOf(c.meanScore ?? 0))
                  }))}
                />
              </React.Suspense>
            </ChartFrame>
            <ChartTableToggle caption={caption} {...showTable}>
              <ScopeTable
                caption={caption}
                rows={rows}
                strings={shared}
                onOpen={(row) => open({ kind: row.kind, value: row.value, figure: { type: 'all' }, label: row.value || s.BlankValue })}
              />
            </ChartTableToggle>
          </section>
        )}
        <section className={css.section}>
          <Text as="h3" variant="mediumPlus" block className={css.heading}>{s.Bands}</Text>
          {shown.count > 0 ? (
            <>
              <ChartFrame saveLabel={strings.SavePng} saveAriaLabel={`${strings.SavePng}: ${s.ChartBandsLabel}`} fileName={pngName('bands')} failedText={strings.PngFailed}
                image={() => bandDonutImage(s.Bands, subtitle, shown, shared)}>
                <React.Suspense fallback={fallback}>
                  <LazyCountDonutChart
                    ariaLabel={s.ChartBandsLabel}
                    data={HEALTH_BANDS.map((band) => ({ label: bandText(band, shared), value: shown.bands[band], color: bandColour(theme, band) }))}
                    onSelect={(label) => {
                      const band = HEALTH_BANDS.find((b) => bandText(b, shared) === label);
                      if (band) openBand(band);
                    }}
                  />
                </React.Suspense>
              </ChartFrame>
              <ChartTableToggle caption={s.Bands} {...showTable}>
                <BandTable scope={shown} strings={shared} onOpen={openBand} />
              </ChartTableToggle>
            </>
          ) : (
            <BandTable scope={shown} strings={shared} onOpen={openBand} />
          )}
        </section>
        <section className={css.section}>
          <DimensionTable
            scope={shown}
            strings={shared}
            onOpen={(dimension) =>
              open({ kind: shown.kind, value: shown.value, figure: { type: 'dimension', dimension }, label: shared.Dimensions[dimension] ?? dimension })
            }
          />
        </section>
        <section className={css.section}>
          <LabelFiguresTable
            scope={shown}
            records={scoped}
            missions={missions}
            strings={shared}
            onOpen={(code, label) => open({ kind: shown.kind, value: shown.value, figure: { type: 'missing', code }, label })}
          />
        </section>
        {regions.length > 0 && (
          <section className={css.section}>
            <RolloutTable regions={regions} strings={shared} />
          </section>
        )}
      </div>
      {drill && drilled && (
        <DrillDownPanel
          label={drill.label}
          total={drilled.total}
          records={drilled.ids.map((id) => byId.get(id)).filter((r): r is ScorecardRecord => r !== undefined)}
          strings={shared}
          exportLabel={strings.ExportRecords}
          onExport={exportDrilled}
          recordHref={(id) => inventoryRecordUrl(inventoryPageUrl, id)}
          inventoryLink={drilledFilters ? { href: drilledFilters, text: strings.OpenFilteredInventory } : undefined}
          onDismiss={() => setDrill(undefined)}
        />
      )}
    </>
  );
}
