import * as React from 'react';
import { CommandBar, type ICommandBarItemProps } from '@fluentui/react/lib/CommandBar';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { Stored } from '../../../core/models/common';
import type { Risk } from '../../../core/models/risk';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorText } from '../../../ui/errorText';
import { formatDate, formatNumber, formatPlural } from '../../../ui/format';
import { downloadCsv } from '../../../ui/export/download';
import { useStableId } from '../../../ui/useStableId';
import type { RiskFilters } from '../services/IRiskService';
import { registerCsv } from './assessmentCsv';
import type { IRiskRegisterProps, RiskRegisterTab } from './IRiskRegisterProps';
import { LazyAcceptDialog, LazyAssessmentWorkspace, LazyHeatMap, LazyRiskFormPanel, LazyRiskReport, LazyTemplatesView } from './lazyParts';
import { buildRows, matchesSearch, summarise, type RiskRow } from './registerModel';
import { RiskFiltersBar } from './RiskFiltersBar';
import { RiskGrid } from './RiskGrid';
import { format, isoDay } from './riskText';
import { useRiskRegister } from './useRiskRegister';
import { PeopleDirectoryProvider } from '../../../ui/people/PeopleDirectoryContext';

const defaultNow = (): Date => new Date();

interface FormState {
  initial: Risk;
  existing?: Stored<Risk>;
  fromFinding?: boolean;
  onSaved?: (risk: Stored<Risk>) => void;
}

const NEW_RISK: Risk = { title: '', likelihood: 3, impact: 3, status: 'Open' };

/**
 * The Risk Register: filters on indexed columns and search, the grid with inherent → residual levels and flags,
 * the heat map, acceptance above appetite by a governance lead, compliance assessments, CSV export and a printed
 * report. Reaches data only through `props.service`.
 */
export function RiskRegister(props: IRiskRegisterProps): React.ReactElement {
  const { service, strings, shared, theme } = props;
  const now = props.now ?? defaultNow;
  const [filters, setFilters] = React.useState<RiskFilters>({});
  const [search, setSearch] = React.useState('');
  const [tab, setTab] = React.useState<RiskRegisterTab>(props.defaultTab ?? 'register');
  const [form, setForm] = React.useState<FormState | undefined>(undefined);
  const [accepting, setAccepting] = React.useState<RiskRow | undefined>(undefined);
  const [reportOpen, setReportOpen] = React.useState(false);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const { state, reload } = useRiskRegister(service, filters, now);
  const titleId = useStableId('risk-register-title');

  const today = state.status === 'ready' ? state.loadedAt : now();
  const rows: RiskRow[] = React.useMemo(
    () => (state.status === 'ready' ? buildRows(state.data.risks, state.data.acceptances, state.session, state.loadedAt, state.data) : []),
    [state]
  );
  const shown = React.useMemo(() => rows.filter((row) => matchesSearch(row, search)), [rows, search]);
  const summary = summarise(shown);

  const openEdit = (row: RiskRow): void => setForm({ initial: row.risk, existing: row.risk });
  const onSaved = (risk: Stored<Risk>): void => {
    form?.onSaved?.(risk);
    setForm(undefined);
    setNotice(strings.Saved);
    reload();
  };

  const commands: ICommandBarItemProps[] = [
    { key: 'new', text: strings.NewRisk, iconProps: { iconName: 'Add' }, onClick: () => setForm({ initial: NEW_RISK }) },
    { key: 'csv', text: strings.ExportCsv, iconProps: { iconName: 'Download' }, disabled: shown.length === 0,
      onClick: () => downloadCsv(registerCsv(shown, strings), `risk-register-${isoDay(today)}.csv`) },
    { key: 'print', text: strings.PrintReport, iconProps: { iconName: 'Print' }, disabled: state.status !== 'ready', onClick: () => setReportOpen(true) },
    { key: 'refresh', text: strings.Refresh, iconProps: { iconName: 'Refresh' }, onClick: reload }
  ];

  let body: React.ReactElement;
  if (state.status === 'loading') {
    body = <Spinner label={strings.Loading} />;
  } else if (state.status === 'error') {
    body = <ErrorMessageBar kind={state.kind} strings={shared} onRetry={reload} />;
  } else {
    const session = state.session;
    const isLead = session.leadIds.includes(session.currentUser.id);
    // Not a lead, but the governance roles route some risks above the appetite to them: they may accept those.
    const routedToMe = isLead ? 0 : rows.filter((row) => row.routedToMe && row.risk.status !== 'Closed' && row.acceptance.state !== 'accepted').length;
    body = (
      <>
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {format(strings.AppetiteNote, session.appetite)} {isLead ? strings.LeadNote : strings.NotLeadNote}
          {routedToMe > 0 && <span data-testid="routed-to-me"> {format(strings.RoutedNote, formatNumber(routedToMe))}</span>}
        </MessageBar>
        {state.data.routeError !== undefined && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="route-unavailable">{format(strings.RouteUnavailableNote, errorText(state.data.routeError, shared))}</MessageBar>
        )}
        {session.appetiteIgnored && (
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline data-testid="appetite-ignored">{format(strings.AppetiteIgnored, session.appetite)}</MessageBar>
        )}
        <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as RiskRegisterTab)} headersOnly>
          <PivotItem itemKey="register" headerText={strings.TabRegister} />
          <PivotItem itemKey="heatMap" headerText={strings.TabHeatMap} />
          <PivotItem itemKey="assessments" headerText={strings.TabAssessments} />
          <PivotItem itemKey="templates" headerText={strings.TabTemplates} />
        </Pivot>
        <div style={{ paddingTop: 8 }}>
          {tab !== 'assessments' && tab !== 'templates' && (
            <>
              <RiskFiltersBar filters={filters} onChange={setFilters} search={search} onSearch={setSearch} currentUserId={session.currentUser.id} strings={strings} shared={shared} />
              <Text block role="status" style={{ marginBottom: 8 }}>
                {formatPlural(strings.Summary, summary.total, undefined, summary.open, summary.overdue, summary.unowned, summary.aboveAppetite, summary.accepted)}
                {' · '}{formatPlural(strings.Shown, rows.length, undefined, formatNumber(shown.length))}
              </Text>
            </>
          )}
          {tab === 'register' && (shown.length === 0 ? <Text block>{strings.EmptyRegister}</Text> : (
            <RiskGrid rows={shown} strings={strings} shared={shared} onEdit={openEdit} onAccept={setAccepting} />
          ))}
          <React.Suspense fallback={<Spinner label={strings.Loading} />}>
            {tab === 'templates' && <LazyTemplatesView service={service} strings={strings} shared={shared} isLead={isLead} />}
            {tab === 'heatMap' && <LazyHeatMap rows={shown} strings={strings} onEdit={openEdit} />}
            {tab === 'assessments' && (
              <LazyAssessmentWorkspace service={service} session={session} strings={strings} shared={shared} today={today}
                onRaiseRisk={(draft, onRaised) => setForm({ initial: draft, fromFinding: true, onSaved: onRaised })} />
            )}
          </React.Suspense>
        </div>
        <React.Suspense fallback={null}>
          {accepting && (
            <LazyAcceptDialog risk={accepting.risk} route={accepting.route} routeError={state.data.routeError} session={session} service={service} strings={strings} shared={shared} today={today}
              onDismiss={() => setAccepting(undefined)}
              onAccepted={(risk) => {
                setAccepting(undefined);
                setNotice(format(strings.AcceptDone, formatDate(risk.acceptedUntil, strings.NotSet)));
                reload();
              }} />
          )}
          {reportOpen && <LazyRiskReport rows={shown} strings={strings} shared={shared} appetite={session.appetite} generatedAt={today} onClose={() => setReportOpen(false)} />}
        </React.Suspense>
      </>
    );
  }

  return (
    <ThemeProvider theme={theme}>
      <PeopleDirectoryProvider directory={props.people}>
      <section aria-labelledby={titleId} style={{ padding: 8 }}>
        <Text as="h2" variant="xLarge" id={titleId} block>{strings.Title}</Text>
        <CommandBar items={commands} ariaLabel={strings.Title} />
        {notice && (
          <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>{notice}</MessageBar>
        )}
        {body}
        <React.Suspense fallback={null}>
          {form && (
            <LazyRiskFormPanel service={service} strings={strings} shared={shared} initial={form.initial} existing={form.existing} fromFinding={form.fromFinding}
              onSaved={onSaved} onDismiss={() => setForm(undefined)} />
          )}
        </React.Suspense>
      </section>
      </PeopleDirectoryProvider>
    </ThemeProvider>
  );
}
