import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { format, uiCulture } from '../../../ui/format';
import { useStableId } from '../../../ui/useStableId';
import { downloadCsv, fileNameFor } from '../../../ui/export/download';
import { httpUrl, pageUrlWithoutQuery } from '../../../ui/scorecard/inventoryLink';
import { SCORECARD_TILE_KEYS } from '../../../ui/scorecard/scorecardTypes';
import type { ScorecardScope } from '../../../ui/scorecard/scorecardTypes';
import { AccessFiguresSection } from './AccessFiguresSection';
import { PrivacyFiguresSection } from './PrivacyFiguresSection';
import { figuresCsv } from './exportFigures';
import { recordsByGroup, SCORECARD_GROUPINGS } from './grouping';
import type { ScorecardGrouping } from './grouping';
import type { IHealthScorecardProps } from './IHealthScorecardProps';
import { LeadActions } from './LeadActions';
import { ScorecardBody } from './ScorecardBody';
import { TrendSection } from './TrendSection';
import { useScorecardData } from './useScorecardData';
import type { ScorecardData } from './useScorecardData';
import { useScorecardFigures } from './useScorecardFigures';

// The literacy figures are their own chunk: loaded only on a scorecard that has a literacy source.
const LiteracyFiguresSection = React.lazy(() =>
  import(/* webpackChunkName: 'scorecard-literacy' */ './LiteracyFiguresSection').then((m) => ({ default: m.LiteracyFiguresSection }))
);

// The maturity section is its own chunk too: the DMBOK figures load after the health figures.
const MaturitySection = React.lazy(() =>
  import(/* webpackChunkName: 'scorecard-maturity' */ './MaturitySection').then((m) => ({ default: m.MaturitySection }))
);

// Measured data quality is its own chunk: loaded only on a scorecard that has a quality source.
const QualityFiguresSection = React.lazy(() =>
  import(/* webpackChunkName: 'scorecard-quality' */ './QualityFiguresSection').then((m) => ({ default: m.QualityFiguresSection }))
);

const defaultNow = (): Date => new Date();

/** Static print rules (no user text): actions hidden, one column, charts in their colours, sections kept whole. */
const PRINT_CSS =
  '@media print{[data-noprint]{display:none!important}[data-scorecard-grid]{display:block!important}' +
  '[data-scorecard] section{break-inside:avoid;page-break-inside:avoid;margin-bottom:16px}' +
  '[data-scorecard] *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}';

const GROUPING_TEXT: Record<ScorecardGrouping, string> = {
  auto: strings.GroupAuto,
  region: strings.GroupRegion,
  mission: strings.GroupMission,
  department: strings.GroupDepartment,
  domain: strings.GroupDomain
};

function scopeLabel(scope: ScorecardScope, shared: IGovernanceSuiteStrings): string {
  const s = shared.Scorecard;
  if (scope.kind === 'region') {
    return format(s.ScopeRegion, scope.value ?? '');
  }
  return scope.kind === 'mission' ? format(s.ScopeMission, scope.value ?? '') : s.ScopeOrganisation;
}

function asOfText(iso: string): string {
  const date = new Date(iso);
  return isNaN(date.getTime()) ? iso : date.toLocaleString(uiCulture(), { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The Data Health Scorecard: loads every asset's score (cached figures first when the browser has them, then only
 * what changed), then shows the scope's tiles, scores by the chosen grouping, band distribution, what pulls the
 * score down, rollout and the trend, each with drill-down to the records and exports. Governance leads also get
 * "take snapshot now" and the score recompute. Reaches data only through `props.service`.
 */
export function HealthScorecard(props: IHealthScorecardProps): React.ReactElement {
  const { service, strings: shared, scope, theme } = props;
  const s = shared.Scorecard;
  const { data, reload } = useScorecardData(service);
  const titleId = useStableId('scorecard-title');
  const [grouping, setGrouping] = React.useState<ScorecardGrouping>(props.grouping ?? 'auto');
  const [lead, setLead] = React.useState(false);
  const [snapshotVersion, setSnapshotVersion] = React.useState(0);

  React.useEffect(() => setGrouping(props.grouping ?? 'auto'), [props.grouping]);
  React.useEffect(() => {
    let live = true;
    // Not being recognised as a lead only hides the actions; it is never an error for the reader.
    service.isGovernanceLead().then((isLead) => live && setLead(isLead), () => live && setLead(false));
    return () => {
      live = false;
    };
  }, [service]);

  let content: React.ReactElement;
  if (data.status === 'loading') {
    const total = data.total ?? 0;
    content = (
      <ProgressIndicator
        label={s.LoadingLabel}
        description={data.total === undefined ? undefined : format(s.LoadedOf, data.loaded, total)}
        percentComplete={total > 0 ? Math.min(1, data.loaded / total) : undefined}
      />
    );
  } else if (data.status === 'error') {
    content = <ErrorMessageBar kind={data.kind} strings={shared} onRetry={reload} />;
  } else {
    content = (
      <ReadyScorecard
        {...props}
        data={data}
        grouping={grouping}
        onGrouping={setGrouping}
        lead={lead}
        snapshotVersion={snapshotVersion}
        onSnapshotTaken={() => setSnapshotVersion((n) => n + 1)}
        onReload={reload}
      />
    );
  }

  return (
    <ThemeProvider theme={theme}>
      <style>{PRINT_CSS}</style>
      <section aria-labelledby={titleId} style={{ padding: 8 }} data-scorecard="">
        <Text as="h2" variant="xLarge" id={titleId} block>{s.Title}</Text>
        <Text as="p" variant="medium" block style={{ margin: '4px 0 12px' }}>{scopeLabel(scope, shared)}</Text>
        {content}
      </section>
    </ThemeProvider>
  );
}

interface IReadyScorecardProps extends IHealthScorecardProps {
  data: Extract<ScorecardData, { status: 'ready' }>;
  grouping: ScorecardGrouping;
  onGrouping: (grouping: ScorecardGrouping) => void;
  lead: boolean;
  snapshotVersion: number;
  onSnapshotTaken: () => void;
  onReload: () => void;
}

/** The loaded scorecard: status line, toolbar, figures, lead actions and trend. */
function ReadyScorecard(props: IReadyScorecardProps): React.ReactElement {
  const { data, scope, strings: shared, service, grouping, lead } = props;
  const tiles = props.visibleTiles && props.visibleTiles.length > 0 ? props.visibleTiles : SCORECARD_TILE_KEYS;
  // "Today" is read once per load, so re-renders never shift the figures.
  const nowFn = props.now ?? defaultNow;
  const now = React.useMemo(() => nowFn(), [data.records]);
  const figures = useScorecardFigures(data.records, data.missions, scope, grouping, now);
  const day = now.toISOString().slice(0, 10);
  const scopedIds = React.useMemo(() => figures.scoped.filter((r) => r.asset.lifecycle !== 'Archived').map((r) => r.asset.id), [figures.scoped]);
  const qualityGroups = React.useMemo(() => recordsByGroup(figures.scoped, figures.groupKind, figures.rows, data.missions), [figures.scoped, figures.groupKind, figures.rows, data.missions]);
  // Without a configured inventory page, this page: the workbench (and a page holding both web parts) has it here.
  const inventoryPageUrl = httpUrl(props.inventoryPageUrl)?.toString() ?? pageUrlWithoutQuery(window.location.href);

  if (!figures.shown) {
    return <MessageBar messageBarType={MessageBarType.warning}>{format(shared.Scorecard.ScopeNotFound, scope.value ?? '')}</MessageBar>;
  }
  const exportFigures = (): void => {
    const scopes = figures.shown ? [figures.shown, ...figures.rows.filter((row) => row !== figures.shown)] : [...figures.rows];
    downloadCsv(figuresCsv(scopes, shared), fileNameFor(['scorecard-figures', figures.shown?.value || 'organisation', figures.groupKind, day], 'csv'));
  };

  return (
    <>
      <div role="status" aria-live="polite">
        <Text block variant="small" data-as-of={data.asOf}>{format(strings.AsOf, asOfText(data.asOf))}</Text>
        {data.refreshing !== undefined && <ProgressIndicator label={format(strings.Refreshing, data.refreshing)} />}
      </div>
      {data.refreshError && <ErrorMessageBar kind={data.refreshError} strings={shared} onRetry={props.onReload} />}
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} role="toolbar" aria-label={strings.Toolbar} data-noprint="" style={{ margin: '8px 0' }}>
        <Dropdown
          label={strings.GroupByLabel}
          selectedKey={grouping}
          options={SCORECARD_GROUPINGS.map((key) => ({ key, text: GROUPING_TEXT[key] }))}
          onChange={(_, option) => option && props.onGrouping(option.key as ScorecardGrouping)}
          styles={{ root: { minWidth: 240 } }}
        />
        <DefaultButton iconProps={{ iconName: 'Download' }} text={strings.ExportFigures} onClick={exportFigures} />
        <DefaultButton iconProps={{ iconName: 'Print' }} text={strings.Print} onClick={() => window.print()} />
      </Stack>
      {lead && (
        <LeadActions
          service={service}
          aggregate={figures.all}
          today={day}
          shared={shared}
          onSnapshotTaken={props.onSnapshotTaken}
        />
      )}
      <ScorecardBody figures={figures} missions={data.missions} tiles={tiles} strings={shared} day={day} inventoryPageUrl={inventoryPageUrl} />
      {figures.shown && <TrendSection service={service} current={figures.shown} shared={shared} version={props.snapshotVersion} />}
      {props.quality && (
        <React.Suspense fallback={<ProgressIndicator label={shared.Quality.Loading} />}>
          <QualityFiguresSection
            source={props.quality}
            shared={shared}
            assetIds={scopedIds}
            scope={scope}
            groupKind={figures.groupKind}
            groups={qualityGroups}
            day={day}
          />
        </React.Suspense>
      )}
      {props.access && <AccessFiguresSection source={props.access} shared={shared} region={scope.kind === 'region' ? scope.value : undefined} />}
      {props.privacy && <PrivacyFiguresSection source={props.privacy} shared={shared} scope={scope} />}
      <React.Suspense fallback={<ProgressIndicator label={strings.MaturityLoading} />}>
        <MaturitySection service={service} shared={shared} scope={scope} lead={lead} />
      </React.Suspense>
      {props.literacy && (
        <React.Suspense fallback={<ProgressIndicator label={strings.LiteracyLoading} />}>
          <LiteracyFiguresSection source={props.literacy} shared={shared} scope={scope} />
        </React.Suspense>
      )}
    </>
  );
}
