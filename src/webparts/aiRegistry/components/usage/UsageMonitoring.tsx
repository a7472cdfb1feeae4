import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Modal } from '@fluentui/react/lib/Modal';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../../../core/errors';
import type { AISystem } from '../../../../core/models/aiSystem';
import type { PersonRef } from '../../../../core/models/common';
import { findingsQueue, type AppUsage } from '../../../../core/usage/findings';
import { ErrorMessageBar } from '../../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../../ui/errorText';
import { toCsv } from '../../../../ui/export/csv';
import { datedFileName } from '../../../../ui/export/download';
import { formatDate, formatNamed } from '../../../../ui/format';
import type { RegistryUser } from '../../services/IAIRegistryService';
import type { IUsageMonitoringService, TriageChange, UsageOverview } from '../../services/IUsageMonitoringService';
import { FindingsTable, type TriageAction } from './FindingsTable';
import { AssignDialog, ReasonDialog } from './TriageDialogs';
import { UsageImportPanel } from './UsageImportPanel';
import { UsageSummaryView } from './UsageSummaryView';
import { summaryCsvRows } from './usageText';

/** Props of {@link UsageMonitoring} (the AI Registry's "Usage monitoring" tab). */
export interface IUsageMonitoringProps {
  service: IUsageMonitoringService;
  strings: IAIUsageStrings;
  registryStrings: IAIRegistryStrings;
  suiteStrings: IGovernanceSuiteStrings;
  /** Opens the registry's form pre-filled with the tool's name and domain. */
  onRegister: (initial: Partial<AISystem>) => void;
  /** Bumped by the registry after each save: the tab matches again. */
  registryVersion: number;
  /** Saves the summary CSV (the browser download by default; tests pass their own). */
  download: (fileName: string, csv: string) => void;
  locale?: string;
}

type Show = 'open' | 'dismissed' | 'all';
type Dialog = { kind: 'reason'; app: AppUsage; decision: 'Not AI' | 'Ignored' } | { kind: 'assign'; app: AppUsage };

function visible(overview: UsageOverview, show: Show): AppUsage[] {
  if (show === 'open') return findingsQueue(overview.apps);
  if (show === 'dismissed') return overview.apps.filter((a) => a.dismissed);
  return [...overview.apps];
}

/**
 * Usage monitoring: the summary for governance reports, the queue of findings (unregistered, unapproved, high-risk
 * unverified) ranked by users, and the leads' actions: import, register a tool, mark it not AI or ignore it with a
 * reason, assign an owner. SharePoint permissions on the usage lists are the real control; the UI shows actions to
 * members of the leads' group.
 */
export function UsageMonitoring(props: IUsageMonitoringProps): React.ReactElement {
  const { service, strings, registryStrings, suiteStrings, onRegister, registryVersion, download, locale } = props;
  const [overview, setOverview] = React.useState<UsageOverview | undefined>();
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const [user, setUser] = React.useState<RegistryUser | undefined>();
  const [show, setShow] = React.useState<Show>('open');
  const [importing, setImporting] = React.useState(false);
  const [printing, setPrinting] = React.useState(false);
  const [dialog, setDialog] = React.useState<Dialog | undefined>();
  const [announcement, setAnnouncement] = React.useState('');
  const [reloadKey, setReloadKey] = React.useState(0);
  const registering = React.useRef<string | undefined>();

  React.useEffect(() => {
    let live = true;
    setLoading(true);
    service.overview().then((o) => {
      if (!live) return;
      setOverview(o);
      setLoading(false);
      setError(undefined);
      // A tool registered from the queue: say so once the new match shows.
      const name = registering.current;
      if (name !== undefined && o.apps.some((a) => a.name === name && a.match !== undefined)) {
        setAnnouncement(formatNamed(strings.Registered, { app: name }));
        registering.current = undefined;
      }
    }, (e: unknown) => {
      if (!live) return;
      setError(errorKindOf(e));
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, [service, registryVersion, reloadKey]);

  React.useEffect(() => {
    service.currentUser().then(setUser, () => setUser(undefined));
  }, [service]);

  const canAct = user?.isLead === true;
  const reload = (): void => setReloadKey((k) => k + 1);

  const saveTriage = async (app: AppUsage, change: TriageChange): Promise<void> => {
    await service.setTriage(app, change);
    setDialog(undefined);
    setAnnouncement(formatNamed(strings.TriageSaved, { app: app.name }));
    reload();
  };

  const onAction = (app: AppUsage, action: TriageAction): void => {
    if (action === 'notAi') setDialog({ kind: 'reason', app, decision: 'Not AI' });
    else if (action === 'ignore') setDialog({ kind: 'reason', app, decision: 'Ignored' });
    else if (action === 'assign') setDialog({ kind: 'assign', app });
    else saveTriage(app, { decision: 'Open', reason: '' }).catch((e: unknown) => setError(errorKindOf(e)));
  };

  const register = (app: AppUsage): void => {
    registering.current = app.name;
    onRegister({ title: app.name, webDomains: app.domain, approvalStatus: 'Pending review', lifecycle: 'Proposed' });
  };

  const exportSummary = (): void => {
    if (!overview) return;
    const { header, rows } = summaryCsvRows(overview.summary, findingsQueue(overview.apps), strings, suiteStrings.NotSet);
    download(datedFileName(strings.CsvFileName, 'csv'), toCsv(header, rows));
    setAnnouncement(strings.ExportDone);
  };

  const shown = overview ? visible(overview, show) : [];
  const empty = overview !== undefined && overview.apps.length === 0;

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <Text as="h2" variant="xLarge">{strings.Title}</Text>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {canAct && <PrimaryButton text={strings.Import} iconProps={{ iconName: 'Upload' }} onClick={() => setImporting(true)} />}
          <DefaultButton text={strings.ExportSummary} iconProps={{ iconName: 'Download' }} disabled={!overview || empty} onClick={exportSummary} />
          <DefaultButton text={strings.PrintView} iconProps={{ iconName: 'Print' }} disabled={!overview || empty} onClick={() => setPrinting(true)} />
          <DefaultButton text={strings.Refresh} iconProps={{ iconName: 'Refresh' }} onClick={reload} />
        </Stack>
      </Stack>
      <Text>{strings.Intro}</Text>
      {user !== undefined && !canAct && <MessageBar messageBarType={MessageBarType.info}>{strings.LeadsOnlyNote}</MessageBar>}
      {error && <ErrorMessageBar kind={error} strings={suiteStrings} onRetry={reload} onDismiss={() => setError(undefined)} />}
      <div role="status" aria-live="polite">
        {loading && <Spinner label={suiteStrings.Loading} />}
        <Text variant="small">{announcement}</Text>
      </div>
      {empty && <MessageBar messageBarType={MessageBarType.info}>{strings.NoData}</MessageBar>}
      {overview && !empty && (
        <>
          <UsageSummaryView summary={overview.summary} strings={strings} suiteStrings={suiteStrings} locale={locale} />
          <Dropdown label={strings.ShowLabel} selectedKey={show} styles={{ root: { maxWidth: 280 } }}
            options={(['open', 'dismissed', 'all'] as const).map((k) => ({ key: k, text: strings.Show[k] }))}
            onChange={(_, o) => o && setShow(o.key as Show)} />
          {shown.length === 0 ? <Text>{strings.QueueEmpty}</Text> : (
            <div style={{ overflowX: 'auto' }}>
              <FindingsTable apps={shown} canAct={canAct} onRegister={register} onAction={onAction} strings={strings} approvalLabels={registryStrings.ApprovalStatuses} locale={locale} />
            </div>
          )}
          <Text>{formatNamed(strings.QueueShown, { count: shown.length })}</Text>
        </>
      )}
      {importing && <UsageImportPanel service={service} strings={strings} suiteStrings={suiteStrings} locale={locale} onImported={reload} onDismiss={() => setImporting(false)} />}
      {dialog?.kind === 'reason' && (
        <ReasonDialog appName={dialog.app.name} decision={dialog.decision} initialReason={dialog.app.triage?.reason} strings={strings} suiteStrings={suiteStrings}
          onDismiss={() => setDialog(undefined)} onSave={(reason) => saveTriage(dialog.app, { decision: dialog.decision, reason })} />
      )}
      {dialog?.kind === 'assign' && (
        <AssignDialog appName={dialog.app.name} current={dialog.app.triage?.assignedTo} strings={strings} suiteStrings={suiteStrings} search={(text) => service.searchPeople(text)}
          onDismiss={() => setDialog(undefined)}
          onSave={(person: PersonRef | undefined) => saveTriage(dialog.app, person ? { assignedTo: person } : { unassign: true })} />
      )}
      {printing && overview && (
        <Modal isOpen onDismiss={() => setPrinting(false)} isBlocking={false} titleAriaId="usage-print-title" styles={{ main: { width: '95vw', maxWidth: 1100, padding: 24 } }}>
          <Stack tokens={{ childrenGap: 12 }}>
            <h2 id="usage-print-title" style={{ margin: 0 }}>{strings.PrintTitle}</h2>
            <Text>{formatNamed(strings.PrintGenerated, { date: formatDate(new Date().toISOString(), '', locale) })}</Text>
            <UsageSummaryView summary={overview.summary} strings={strings} suiteStrings={suiteStrings} locale={locale} />
            <FindingsTable apps={findingsQueue(overview.apps)} canAct={false} printable onRegister={() => undefined} onAction={() => undefined} strings={strings}
              approvalLabels={registryStrings.ApprovalStatuses} locale={locale} />
            <Stack horizontal tokens={{ childrenGap: 8 }} className="usage-print-actions">
              <PrimaryButton text={strings.PrintView} iconProps={{ iconName: 'Print' }} onClick={() => window.print()} />
              <DefaultButton text={strings.PrintClose} onClick={() => setPrinting(false)} />
            </Stack>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}

export default UsageMonitoring;
