import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import { templateLanguageOf, textIn } from '../../../core/assessments/templateModel';
import { DEFAULT_MATURITY_TARGET, maturityView, type MaturityData } from '../../../core/maturity';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { downloadCsv, fileNameFor } from '../../../ui/export/download';
import { format, formatDate, formatNumber, uiCulture } from '../../../ui/format';
import { ChartFrame } from '../../../ui/scorecard/ChartFrame';
import { ChartTableToggle } from '../../../ui/scorecard/ChartTableToggle';
import { LazyLevelTargetBarChart } from '../../../ui/scorecard/lazyCharts';
import type { ScorecardScope } from '../../../ui/scorecard/scorecardTypes';
import { tableStyles } from '../../../ui/scorecard/tableStyles';
import { useStableId } from '../../../ui/useStableId';
import type { IScorecardService } from '../services/IScorecardService';
import { exportSubtitle, levelTargetImage } from './chartImages';
import { maturityCsv } from './maturityFigures';
import { MaturityTargetsDialog } from './MaturityTargetsDialog';
import { MaturityTrend } from './MaturityTrend';
import { useFiguresSource } from './useFiguresSource';

/** Props of {@link MaturitySection}. */
export interface IMaturitySectionProps {
  service: IScorecardService;
  shared: IGovernanceSuiteStrings;
  /** The scorecard's shown scope: the section follows it. */
  scope: ScorecardScope;
  /** Governance leads get "Set targets" (SharePoint refuses anyone else's write anyway). */
  lead: boolean;
}

const level = (n: number | undefined): string => (n === undefined ? strings.MaturityNoLevel : formatNumber(n, undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const signed = (n: number | undefined): string =>
  n === undefined ? '–' : formatNumber(n, undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

function targetsNote(data: MaturityData): string {
  if (data.targets.ignored) return format(strings.MaturityTargetsIgnored, DEFAULT_MATURITY_TARGET);
  return format(data.targets.absent ? strings.MaturityTargetsDefault : strings.MaturityTargetsSet, DEFAULT_MATURITY_TARGET);
}

/**
 * Data governance maturity in the scorecard (issue 18 part 2): the shown scope's level per DMBOK area from the
 * completed `dmbok-maturity` runs, against the leads' target, as a chart with its table alternative (level, target,
 * gap, previous level, change, "don't know" answers, missions counted). Area names are the template's own section
 * titles in the page's language; the levels at each assessment date as a trend; the figures as CSV and the chart as
 * PNG. Loaded after the health figures, in its own chunk.
 */
export function MaturitySection(props: IMaturitySectionProps): React.ReactElement {
  const { service, shared, scope, lead } = props;
  const theme = useTheme();
  const css = tableStyles(theme);
  const titleId = useStableId('scorecard-maturity-title');
  const source = React.useMemo(() => ({ load: () => service.maturity() }), [service]);
  const { state, retry } = useFiguresSource(source);
  const [editing, setEditing] = React.useState(false);
  const [saved, setSaved] = React.useState(false);
  const language = templateLanguageOf(uiCulture());

  let body: React.ReactElement;
  if (state.status === 'loading') body = <ProgressIndicator label={strings.MaturityLoading} />;
  else if (state.status === 'error') body = <ErrorMessageBar kind={state.kind} strings={shared} onRetry={retry} />;
  else if (state.figures.areas.length === 0) body = <Text block>{strings.MaturityNoTemplate}</Text>;
  else {
    const data = state.figures;
    const titles = new Map(data.areas.map((a) => [a.id, textIn(a.title, language).text]));
    const view = maturityView(data.runs, data.missions, data.areas, data.targets.targets, scope);
    const titleOf = (area: string): string => titles.get(area) ?? area;
    const scopeName = scope.value || shared.Scorecard.ScopeOrganisation;
    const day = new Date().toISOString().slice(0, 10);
    const groups = view.areas.map((a) => ({ label: titleOf(a.area), level: a.level, target: a.target }));
    const exportCsv = (): void => downloadCsv(maturityCsv(view, titleOf), fileNameFor(['scorecard-maturity', scope.value || 'organisation', day], 'csv'));
    const targetsButton = lead && (
      <DefaultButton iconProps={{ iconName: 'Edit' }} text={strings.MaturityEditTargets} onClick={() => setEditing(true)} data-noprint="" />
    );
    body = (
      <>
        <Text block variant="small">{targetsNote(data)}</Text>
        {targetsButton}
        {saved && <div role="status"><Text block variant="small">{strings.MaturityTargetsSaved}</Text></div>}
        {view.asOf === undefined ? (
          <Text block data-maturity-empty="">{strings.MaturityEmpty}</Text>
        ) : (
          <>
            <Text block variant="small">
              {format(strings.MaturitySummary, formatDate(view.asOf, ''), view.missionsAssessed, view.previousAsOf ? formatDate(view.previousAsOf, '') : strings.MaturityNoPrevious)}
            </Text>
            <ChartFrame
              saveLabel={strings.SavePng}
              saveAriaLabel={`${strings.SavePng}: ${strings.MaturityChartLabel}`}
              fileName={fileNameFor(['scorecard-maturity', scope.value || 'organisation', day], 'png')}
              failedText={strings.PngFailed}
              image={() => levelTargetImage(strings.MaturityTitle, exportSubtitle(scopeName, day), groups)}
            >
              <React.Suspense fallback={<Spinner label={shared.Scorecard.ChartLoading} />}>
                <LazyLevelTargetBarChart
                  ariaLabel={strings.MaturityChartLabel}
                  groups={groups}
                  levelLegend={strings.MaturityLevelLegend}
                  targetLegend={strings.MaturityTargetLegend}
                  levelColor={theme.palette.themePrimary}
                  targetColor={theme.palette.neutralTertiary}
                />
              </React.Suspense>
            </ChartFrame>
            <ChartTableToggle caption={strings.MaturityCaption} showLabel={strings.ShowTable} hideLabel={strings.HideTable}>
              <table className={css.table} data-maturity-figures="">
                <caption className={css.caption}>{strings.MaturityCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={`${css.th} ${css.nameColumn}`}>{strings.MaturityArea}</th>
                    {[strings.MaturityLevel, strings.MaturityTarget, strings.MaturityGap, strings.MaturityPrevious, strings.MaturityChange, strings.MaturityDontKnow, strings.MaturityMissionsCounted].map((h) => (
                      <th key={h} scope="col" className={`${css.th} ${css.num}`}>{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {view.areas.map((a) => (
                    <tr key={a.area} data-area={a.area}>
                      <th scope="row" className={css.rowHeader}>{titles.get(a.area) ?? a.area}</th>
                      <td className={`${css.td} ${css.num}`} data-figure="level">{level(a.level)}</td>
                      <td className={`${css.td} ${css.num}`} data-figure="target">{formatNumber(a.target)}</td>
                      <td className={`${css.td} ${css.num}`} data-figure="gap">{signed(a.gap)}</td>
                      <td className={`${css.td} ${css.num}`} data-figure="previous">{a.previous === undefined ? '–' : level(a.previous)}</td>
                      <td className={`${css.td} ${css.num}`} data-figure="change">{signed(a.change)}</td>
                      <td className={`${css.td} ${css.num}`} data-figure="dontKnow">{formatNumber(a.dontKnow)}</td>
                      <td className={`${css.td} ${css.num}`} data-figure="missionsCounted">{formatNumber(a.missionsCounted)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ChartTableToggle>
            <DefaultButton iconProps={{ iconName: 'Download' }} text={strings.MaturityDownloadCsv} onClick={exportCsv} data-noprint="" />
            <MaturityTrend view={view} areas={data.areas.map((a) => ({ id: a.id, title: titleOf(a.id) }))} shared={shared} />
            <Text block variant="small">{strings.MaturityNote}</Text>
          </>
        )}
        {editing && (
          <MaturityTargetsDialog
            service={service}
            areas={data.areas.map((a) => ({ id: a.id, title: titleOf(a.id) }))}
            targets={data.targets.targets}
            setting={data.setting}
            shared={shared}
            onDismiss={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
              retry();
            }}
          />
        )}
      </>
    );
  }
  return (
    <section aria-labelledby={titleId} style={{ marginTop: 16 }} data-maturity-section="">
      <Text as="h3" variant="large" id={titleId} block>{strings.MaturityTitle}</Text>
      {body}
    </section>
  );
}
