import * as React from 'react';
import { CommandBar, type ICommandBarItemProps } from '@fluentui/react/lib/CommandBar';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { LookupRef, Stored } from '../../../core/models/common';
import type { Mission } from '../../../core/models/mission';
import { dpiaMissing, type ProcessingActivity } from '../../../core/privacy';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { PeopleDirectoryProvider } from '../../../ui/people/PeopleDirectoryContext';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { Art30Labels } from '../../../core/privacy/art30Report';
import { art30Export } from '../../../data/privacy/art30Export';
import { datedFileName, downloadBlob, fileNameFor } from '../../../ui/export/download';
import { errorKindOf } from '../../../ui/errorText';
import { ActivityFormPanel } from './ActivityFormPanel';
import { Art30PrintView } from './Art30PrintView';
import { ActivityGrid } from './ActivityGrid';
import { DatasetStartDialog } from './DatasetStartDialog';
import { LazyDpiaPanel } from './lazyPanels';
import type { IPrivacyRegisterProps, PrivacyDpiaFilter } from './IPrivacyRegisterProps';
import { format, runTask } from './privacyText';

interface FormState {
  existing?: Stored<ProcessingActivity>;
  initial: ProcessingActivity;
  fromDataset?: string;
}

const EMPTY: ProcessingActivity = { title: '', role: 'Controller' };

/** The Art. 30 report's headers and choice labels in the reader's language. */
export function art30Labels(strings: IPrivacyRegisterStrings): Art30Labels {
  return {
    headers: strings.Art30Headers,
    choices: { ...strings.Roles, ...strings.LegalBases, ...strings.Art9Conditions, ...strings.Safeguards, ...strings.SpecialCategories, ...strings.RetentionUnits },
    yes: strings.Yes,
    no: strings.No,
    noTransfer: strings.ExportNoTransfer
  };
}

/** Free-text match on the loaded register: name, purposes, mission, controller. */
function matches(activity: ProcessingActivity, text: string): boolean {
  const term = text.trim().toLowerCase();
  if (term === '') return true;
  return [activity.title, activity.purposes, activity.mission, activity.controller, activity.processorControllers].some((v) => (v ?? '').toLowerCase().includes(term));
}

/**
 * The Privacy Register: the records of processing with filters (region, mission, DPIA) and search, a form to
 * create or edit one (with its DPIA screening), and "new from a dataset". A record whose screening requires a DPIA
 * and that names none is flagged.
 */
export function PrivacyRegister(props: IPrivacyRegisterProps): React.ReactElement {
  const { service, strings, shared, aiStrings } = props;
  const [region, setRegion] = React.useState('');
  const [mission, setMission] = React.useState('');
  const [dpia, setDpia] = React.useState<PrivacyDpiaFilter>(props.defaultDpiaFilter ?? '');
  const [text, setText] = React.useState('');
  const [activities, setActivities] = React.useState<Stored<ProcessingActivity>[] | undefined>(undefined);
  const [missions, setMissions] = React.useState<Mission[]>([]);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  const [form, setForm] = React.useState<FormState | undefined>(undefined);
  const [choosingDataset, setChoosingDataset] = React.useState(false);
  const [exportFailed, setExportFailed] = React.useState(false);
  const [printing, setPrinting] = React.useState(false);
  const [dpiaId, setDpiaId] = React.useState<number | undefined>(undefined);
  const [startFailed, setStartFailed] = React.useState(false);
  const dpias = service.dpias;

  React.useEffect(() => {
    service.missions().then(setMissions, () => setMissions([]));
  }, [service]);

  React.useEffect(() => {
    let live = true;
    setActivities(undefined);
    setError(undefined);
    service.loadRegister({ region: region || undefined, mission: mission || undefined, dpiaRequired: dpia !== '' ? true : undefined }).then(
      (found) => live && setActivities(found),
      (e: unknown) => live && setError(errorKindOf(e))
    );
    return () => {
      live = false;
    };
  }, [service, region, mission, dpia, attempt]);

  const startFromDataset = async (dataset: LookupRef): Promise<void> => {
    setChoosingDataset(false);
    try {
      const initial = await service.draftFromDataset(dataset.id);
      setForm({ initial, fromDataset: dataset.title ?? initial.title });
    } catch (e: unknown) {
      setError(errorKindOf(e));
    }
  };

  const startDpia = async (activity: Stored<ProcessingActivity>): Promise<void> => {
    if (!dpias) return;
    setStartFailed(false);
    try {
      const created = await dpias.createDpia(activity.id);
      setDpiaId(created.dpia.id);
      setAttempt((n) => n + 1);
    } catch {
      setStartFailed(true);
    }
  };

  const exportShown = async (format: 'xlsx' | 'csv', records: readonly Stored<ProcessingActivity>[]): Promise<void> => {
    setExportFailed(false);
    try {
      const blob = await art30Export(records, format, art30Labels(strings), strings.ExportSheetName);
      // The mission (when filtered) in the name, reduced to characters every file system accepts.
      downloadBlob(blob, datedFileName(fileNameFor([strings.ExportFileName, mission], format).replace(/\.[a-z]+$/, ''), format));
    } catch {
      setExportFailed(true);
    }
  };

  const shown = (activities ?? []).filter((a) => matches(a, text) && (dpia !== 'missing' || dpiaMissing(a)));
  const missing = shown.filter(dpiaMissing).length;
  const regions = [...new Set(missions.map((m) => m.region))].sort();
  const missionOptions = missions.filter((m) => !region || m.region === region).map((m) => m.title);
  const all: IDropdownOption = { key: '', text: strings.FilterAll };
  const commands: ICommandBarItemProps[] = [
    { key: 'new', text: strings.NewActivity, iconProps: { iconName: 'Add' }, onClick: () => setForm({ initial: { ...EMPTY } }) },
    { key: 'fromDataset', text: strings.NewFromDataset, iconProps: { iconName: 'Database' }, onClick: () => setChoosingDataset(true) },
    {
      key: 'export', text: strings.ExportMenu, iconProps: { iconName: 'Download' }, disabled: shown.length === 0,
      subMenuProps: {
        items: [
          { key: 'xlsx', text: strings.ExportXlsx, onClick: () => runTask(exportShown('xlsx', shown)) },
          { key: 'csv', text: strings.ExportCsv, onClick: () => runTask(exportShown('csv', shown)) }
        ]
      }
    },
    { key: 'print', text: strings.PrintMenu, iconProps: { iconName: 'Print' }, disabled: shown.length === 0, onClick: () => setPrinting(true) },
    { key: 'refresh', text: strings.Refresh, iconProps: { iconName: 'Refresh' }, onClick: () => setAttempt((n) => n + 1) }
  ];

  return (
    <ThemeProvider theme={props.theme}>
      <PeopleDirectoryProvider directory={props.people}>
      <section aria-label={strings.Title}>
        <Text as="h2" variant="xLarge" block>{strings.Title}</Text>
        <Text block styles={{ root: { marginBottom: 8 } }}>{strings.Intro}</Text>
        <CommandBar items={commands} ariaLabel={strings.Title} />
        <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
          <Dropdown label={strings.FilterRegion} selectedKey={region} options={[all, ...regions.map((r) => ({ key: r, text: r }))]} styles={{ root: { minWidth: 180 } }}
            onChange={(_e, o) => { setRegion(String(o?.key ?? '')); setMission(''); }} />
          <Dropdown label={strings.FilterMission} selectedKey={mission} options={[all, ...missionOptions.map((m) => ({ key: m, text: m }))]} styles={{ root: { minWidth: 180 } }}
            onChange={(_e, o) => setMission(String(o?.key ?? ''))} />
          <Dropdown label={strings.FilterDpia} selectedKey={dpia} styles={{ root: { minWidth: 220 } }}
            options={[all, { key: 'required', text: strings.DpiaFilterRequired }, { key: 'missing', text: strings.DpiaFilterMissing }]}
            onChange={(_e, o) => setDpia((o?.key ?? '') as PrivacyDpiaFilter)} />
          <div style={{ minWidth: 240 }}>
            <label htmlFor="privacy-search" style={{ display: 'block', fontWeight: 600, padding: '5px 0' }}>{strings.SearchLabel}</label>
            <SearchBox id="privacy-search" placeholder={strings.SearchPlaceholder} ariaLabel={strings.SearchLabel} value={text} onChange={(_e, v) => setText(v ?? '')} />
          </div>
        </Stack>
        {startFailed && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setStartFailed(false)} dismissButtonAriaLabel={strings.Close}>{strings.Dpia.StartFailed}</MessageBar>}
        {exportFailed && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setExportFailed(false)} dismissButtonAriaLabel={strings.Close}>{strings.ExportFailed}</MessageBar>}
        {error !== undefined && <ErrorMessageBar kind={error} strings={shared} onRetry={() => setAttempt((n) => n + 1)} onDismiss={() => setError(undefined)} />}
        {activities === undefined && error === undefined ? (
          <Spinner size={SpinnerSize.medium} label={strings.Loading} />
        ) : (
          <>
            <Text block role="status" styles={{ root: { margin: '8px 0' } }}>{format(strings.Summary, shown.length, missing)}</Text>
            {shown.length === 0 ? <Text block>{strings.Empty}</Text> : <ActivityGrid activities={shown} strings={strings} onEdit={(a) => setForm({ existing: a, initial: a })}
              onStartDpia={dpias && ((a) => runTask(startDpia(a)))} onOpenDpia={dpias && setDpiaId} />}
          </>
        )}
        {printing && <Art30PrintView activities={shown} labels={art30Labels(strings)} strings={strings} mission={mission || undefined} generatedAt={new Date()} onClose={() => setPrinting(false)} />}
        {choosingDataset && (
          <DatasetStartDialog service={service} strings={strings} aiStrings={aiStrings} onStart={(d) => runTask(startFromDataset(d))} onDismiss={() => setChoosingDataset(false)} />
        )}
        {form && (
          <ActivityFormPanel
            key={form.existing?.id ?? 'new'}
            service={service}
            strings={strings}
            shared={shared}
            aiStrings={aiStrings}
            missions={missions}
            existing={form.existing}
            initial={form.initial}
            fromDataset={form.fromDataset}
            onSaved={() => {
              setForm(undefined);
              setAttempt((n) => n + 1);
            }}
            onDismiss={() => setForm(undefined)}
          />
        )}
        {dpias && dpiaId !== undefined && (
          <React.Suspense fallback={<Spinner size={SpinnerSize.medium} label={strings.Dpia.Loading} />}>
            <LazyDpiaPanel key={dpiaId} store={dpias} dpiaId={dpiaId} strings={strings} shared={shared} searchPeople={(t) => service.searchPeople(t)}
              onChanged={() => setAttempt((n) => n + 1)} onDismiss={() => setDpiaId(undefined)} />
          </React.Suspense>
        )}
      </section>
      </PeopleDirectoryProvider>
    </ThemeProvider>
  );
}
