import * as React from 'react';
import * as riskStrings from 'RiskRegisterWebPartStrings';
import * as privacyStrings from 'PrivacyRegisterWebPartStrings';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { readClassification } from '../../../core/aiRegistry/classificationRecord';
import { AI_APPROVAL_STATUSES, AI_LIFECYCLES, AI_RISK_TIERS, AI_VERIFICATION_STATES } from '../../../core/models/aiSystem';
import type { AIVerificationDecision } from '../../../core/models/aiVerification';
import type { GovernanceErrorKind } from '../../../core/errors';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { SearchSourceNote } from '../../../ui/SearchSourceNote';
import { errorKindOf } from '../../../ui/errorText';
import { format } from '../../../ui/format';
import { useDebouncedValue } from '../../dataInventory/components/useDebouncedValue';
import type { ClassificationSubmission, RegisterFilters, RegisterQuery, RegisterRow, RegistryUser } from '../services/IAIRegistryService';
import { registerCsv } from '../services/registerCsv';
import { downloadCsv } from '../../../ui/export/download';
import type { IAIRegistryProps } from './IAIRegistryProps';
import { csvLabels } from './labels';
import { RecordOpenRisks } from '../../../ui/risk/RecordOpenRisks';
import { RecordProcessingActivities } from '../../../ui/privacy/RecordProcessingActivities';
import { RecordMeetingActions } from '../../../ui/meetingActions/RecordMeetingActions';
import type { AISystem } from '../../../core/models/aiSystem';
import { LazyClassificationWizard, LazyFrameworkCoverage, LazyLiteracySection, LazySystemDetailsPanel, LazySystemFormPanel, LazyUsageMonitoring } from './lazyPanels';
import type { SystemLiteracy } from '../services/ILiteracyService';
import { RegisterGrid } from './RegisterGrid';
import type { SystemSubmission } from './SystemFormPanel';
import { useRegisterPages } from './useRegisterPages';
import { PeopleDirectoryProvider } from '../../../ui/people/PeopleDirectoryContext';

/** Search waits this long after the last keystroke before querying. */
export const SEARCH_DEBOUNCE_MS = 300;

type FormTarget = { mode: 'create'; initial?: Partial<AISystem>; fromUsage?: boolean } | { mode: 'edit'; row: RegisterRow };
type FilterKey = 'riskTier' | 'verificationState' | 'approvalStatus' | 'lifecycle';

/**
 * The AI Registry: the register (unverified high-risk first) with filters, search and CSV export; details with the
 * classification and its verification; the create/edit form; the guided classification wizard. Data only through
 * `props.service`.
 */
export function AIRegistry(props: IAIRegistryProps): React.ReactElement {
  const { service, strings, suiteStrings, defaultFilters, pageSize, theme, usage, frameworks, literacy } = props;
  const download = props.download ?? ((fileName: string, csv: string) => downloadCsv(csv, fileName));
  const [filters, setFilters] = React.useState<RegisterFilters>(() => ({ ...defaultFilters }));
  const [searchText, setSearchText] = React.useState('');
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const queryKey = JSON.stringify({ filters, search, pageSize });
  const query = React.useMemo((): RegisterQuery => ({ filters: { ...filters, search: search || undefined }, pageSize }), [queryKey]);
  const pages = useRegisterPages(service, query);
  const [user, setUser] = React.useState<RegistryUser | undefined>();
  const [detailsId, setDetailsId] = React.useState<number | undefined>();
  const [detailsRow, setDetailsRow] = React.useState<RegisterRow | undefined>();
  const [form, setForm] = React.useState<FormTarget | undefined>();
  const [formKey, setFormKey] = React.useState(0);
  const [wizardRow, setWizardRow] = React.useState<RegisterRow | undefined>();
  // The wizard replaces the details panel, which opens again when the wizard closes: focus then returns to the
  // button that opened the wizard (WCAG 2.4.3), not to the panel's first button.
  const [returnToClassify, setReturnToClassify] = React.useState(false);
  const [exporting, setExporting] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState('');
  const [actionError, setActionError] = React.useState<GovernanceErrorKind | undefined>();
  const [tab, setTab] = React.useState<'register' | 'usage'>('register');
  const [usageOpened, setUsageOpened] = React.useState(false);
  // Every save can change a usage finding (a new system, an approval, domains): the usage tab matches again.
  const [registryVersion, setRegistryVersion] = React.useState(0);

  // Literacy coverage of the rows shown (one read of the measures, their acknowledgements and the rows' usage).
  const [literacyVersion, setLiteracyVersion] = React.useState(0);
  const [literacyByRow, setLiteracyByRow] = React.useState<ReadonlyMap<number, SystemLiteracy> | undefined>();
  React.useEffect(() => {
    if (!literacy || pages.rows.length === 0) return undefined;
    let live = true;
    // A failed read leaves the column empty; the details section shows the error and offers a retry.
    literacy.service.coverage(pages.rows).then((map) => { if (live) setLiteracyByRow(map); }, () => { if (live) setLiteracyByRow(undefined); });
    return () => { live = false; };
  }, [literacy, pages.rows, literacyVersion]);
  const literacyChanged = React.useCallback(() => setLiteracyVersion((v) => v + 1), []);
  const systemOptions = React.useMemo(() => pages.rows.map((r) => ({ id: r.system.id, title: r.system.title })), [pages.rows]);

  // Stable callbacks: the panels reload datasets when these change.
  const loadDatasets = React.useCallback((ids: readonly number[]) => service.datasets(ids), [service]);
  const searchDatasets = React.useCallback((text: string) => service.searchDatasets(text), [service]);
  const searchPeople = React.useCallback((text: string) => service.searchPeople(text), [service]);

  React.useEffect(() => {
    service.currentUser().then(setUser, (e: unknown) => setActionError(errorKindOf(e)));
  }, [service]);

  // "Awaiting my verification": the systems the governance roles route to the signed-in user (issue 19), read again
  // after every save (a verification leaves the queue, a new submission may join it).
  const [awaiting, setAwaiting] = React.useState<RegisterRow[] | undefined>();
  const [showMine, setShowMine] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    service.awaitingMyVerification().then(
      (rows) => { if (live) setAwaiting(rows); },
      (e: unknown) => { if (live) { setAwaiting(undefined); setActionError(errorKindOf(e)); } }
    );
    return () => { live = false; };
  }, [service, registryVersion]);
  const shownRows = showMine ? awaiting ?? [] : pages.rows;

  const saved = React.useCallback((row: RegisterRow): void => {
    pages.upsert(row);
    setDetailsRow(row);
    setRegistryVersion((v) => v + 1);
  }, [pages.upsert]);

  const openDetails = React.useCallback((row: RegisterRow): void => {
    setDetailsRow(row);
    setDetailsId(row.system.id);
  }, []);
  const details = detailsId !== undefined ? pages.rows.find((r) => r.system.id === detailsId) ?? detailsRow : undefined;

  const submitForm = async (submission: SystemSubmission): Promise<void> => {
    const row = submission.mode === 'create'
      ? await service.create(submission.values)
      : await service.update(submission.id, submission.patch, submission.etag);
    saved(row);
    const fromUsage = form?.mode === 'create' && form.fromUsage === true;
    setForm(undefined);
    // Registered from the usage queue: stay on the queue, where the tool now shows as matched.
    if (!fromUsage) openDetails(row);
  };
  const reloadForm = (): void => {
    if (form?.mode !== 'edit') return;
    service.getRow(form.row.system.id).then((row) => {
      saved(row);
      setForm({ mode: 'edit', row });
      setFormKey((k) => k + 1);
    }, (e: unknown) => setActionError(errorKindOf(e)));
  };
  const saveClassification = async (submission: ClassificationSubmission): Promise<void> => {
    if (!wizardRow) return;
    const row = await service.saveClassification(wizardRow.system.id, submission, wizardRow.system.etag);
    saved(row);
    setWizardRow(undefined);
    openDetails(row);
  };
  const verify = async (decision: AIVerificationDecision, comment: string): Promise<void> => {
    if (!details) return;
    saved(await service.verify(details.system.id, decision, comment));
  };
  const exportRegister = (): void => {
    setExporting(true);
    setActionError(undefined);
    service.exportRows(query.filters).then(
      (rows) => {
        download(`${strings.Csv.fileName}.csv`, registerCsv(rows, csvLabels(strings, suiteStrings)));
        setAnnouncement(format(strings.ExportDone, rows.length));
        setExporting(false);
      },
      (e: unknown) => {
        setActionError(errorKindOf(e));
        setExporting(false);
      }
    );
  };

  const filterDropdown = (key: FilterKey, label: string, values: readonly string[], labels: Record<string, string>): React.ReactElement => (
    <Dropdown
      key={key}
      label={label}
      selectedKey={(filters[key] as string | undefined) ?? ''}
      options={[{ key: '', text: strings.FilterAll }, ...values.map((v) => ({ key: v, text: labels[v] ?? v }))]}
      onChange={(_, option) => setFilters((f) => ({ ...f, [key]: option && option.key !== '' ? String(option.key) : undefined }))}
      styles={{ root: { minWidth: 170 } }}
    />
  );

  const registerTab = (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <Text as="h2" variant="xLarge">{strings.RegisterTitle}</Text>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton text={exporting ? strings.Exporting : strings.Export} iconProps={{ iconName: 'Download' }} disabled={exporting} onClick={exportRegister} />
          <PrimaryButton text={strings.NewSystem} iconProps={{ iconName: 'Add' }} onClick={() => {
            setFormKey((k) => k + 1);
            setForm({ mode: 'create' });
          }} />
        </Stack>
      </Stack>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }} role="search" aria-label={strings.SearchLabel}>
        <SearchBox
          ariaLabel={strings.SearchLabel}
          placeholder={strings.SearchPlaceholder}
          value={searchText}
          onChange={(_, v) => setSearchText(v ?? '')}
          styles={{ root: { minWidth: 220 } }}
        />
        {filterDropdown('riskTier', strings.Columns.riskTier, AI_RISK_TIERS, strings.Tiers)}
        {filterDropdown('verificationState', strings.Columns.verification, AI_VERIFICATION_STATES, strings.VerificationStates)}
        {filterDropdown('approvalStatus', strings.Columns.approvalStatus, AI_APPROVAL_STATUSES, strings.ApprovalStatuses)}
        {filterDropdown('lifecycle', strings.Columns.lifecycle, AI_LIFECYCLES, strings.Lifecycles)}
        <DefaultButton text={strings.ClearFilters} onClick={() => {
          setFilters({ ...defaultFilters });
          setSearchText('');
        }} />
        {awaiting !== undefined && (awaiting.length > 0 || showMine || user?.isLead === true) && (
          <DefaultButton toggle checked={showMine} data-testid="awaiting-mine" iconProps={{ iconName: 'TaskManager' }}
            text={showMine ? strings.AwaitingMineShowAll : format(strings.AwaitingMine, awaiting.length)}
            onClick={() => setShowMine((mine) => !mine)} />
        )}
      </Stack>
      {pages.error && <ErrorMessageBar kind={pages.error.kind} strings={suiteStrings} onRetry={pages.error.retry} onDismiss={pages.dismissError} />}
      {!pages.loading && <SearchSourceNote source={pages.searchSource} strings={suiteStrings} />}
      {actionError && <ErrorMessageBar kind={actionError} strings={suiteStrings} onDismiss={() => setActionError(undefined)} />}
      <RegisterGrid rows={shownRows} loading={!showMine && pages.loading} onOpen={openDetails} strings={strings} suiteStrings={suiteStrings} literacy={literacy ? literacyByRow ?? new Map() : undefined} />
      <Text aria-live="polite" role="status">
        {showMine
          ? shownRows.length === 0 ? strings.AwaitingMineNone : format(strings.AwaitingMineShown, shownRows.length)
          : pages.loading ? suiteStrings.Loading : pages.rows.length === 0 && !pages.error ? strings.Empty : format(strings.SystemsShown, pages.rows.length)}
      </Text>
      <Text aria-live="polite" variant="small">{announcement}</Text>
      {!showMine && pages.hasMore && (
        <DefaultButton text={pages.loadingMore ? suiteStrings.LoadingMore : suiteStrings.LoadMore} disabled={pages.loadingMore} onClick={pages.loadMore}
          styles={{ root: { alignSelf: 'flex-start' } }} />
      )}
    </Stack>
  );

  const content = (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      {usage ? (
        <>
          <Pivot headersOnly selectedKey={tab} onLinkClick={(item) => {
            const key = item?.props.itemKey === 'usage' ? 'usage' : 'register';
            setTab(key);
            if (key === 'usage') setUsageOpened(true);
          }}>
            <PivotItem itemKey="register" headerText={usage.strings.TabRegister} />
            <PivotItem itemKey="usage" headerText={usage.strings.TabUsage} />
          </Pivot>
          {/* Both tabs stay mounted once opened, so switching keeps their state (filters, pages, the queue). */}
          <div role="tabpanel" aria-label={usage.strings.TabRegister} hidden={tab !== 'register'}>{registerTab}</div>
          {usageOpened && (
            <div role="tabpanel" aria-label={usage.strings.TabUsage} hidden={tab !== 'usage'}>
              <React.Suspense fallback={<Text>{suiteStrings.Loading}</Text>}>
                <LazyUsageMonitoring service={usage.service} strings={usage.strings} registryStrings={strings} suiteStrings={suiteStrings}
                  registryVersion={registryVersion} download={download}
                  onRegister={(initial) => {
                    setFormKey((k) => k + 1);
                    setForm({ mode: 'create', initial, fromUsage: true });
                  }} />
              </React.Suspense>
            </div>
          )}
        </>
      ) : registerTab}
      <React.Suspense fallback={null}>
        {details && !form && !wizardRow && (
          <LazySystemDetailsPanel
            row={details}
            user={user}
            onEdit={() => {
              setReturnToClassify(false);
              setFormKey((k) => k + 1);
              setForm({ mode: 'edit', row: details });
            }}
            onClassify={() => {
              setReturnToClassify(true);
              setWizardRow(details);
            }}
            focusClassify={returnToClassify}
            onVerify={verify}
            loadDatasets={loadDatasets}
            onDismiss={() => {
              setReturnToClassify(false);
              setDetailsId(undefined);
            }}
            frameworksSection={frameworks && (
              <React.Suspense fallback={<Text>{suiteStrings.Loading}</Text>}>
                <LazyFrameworkCoverage key={`fw-${details.system.id}`} row={details} service={frameworks.service} download={frameworks.download}
                  strings={strings.Frameworks} suiteStrings={suiteStrings} />
              </React.Suspense>
            )}
            literacySection={literacy && (
              <React.Suspense fallback={<Text>{suiteStrings.Loading}</Text>}>
                <LazyLiteracySection key={`lit-${details.system.id}`} row={details} service={literacy.service} user={user} systems={systemOptions}
                  onResolvePeople={searchPeople} onChanged={literacyChanged} strings={strings.Literacy} suiteStrings={suiteStrings} />
              </React.Suspense>
            )}
            risksSection={<>
              <RecordOpenRisks key={details.system.id} load={() => service.openRisks(details.system.id)} strings={riskStrings} shared={suiteStrings} />
              <RecordProcessingActivities key={`pa-${details.system.id}`} load={() => service.processingActivities(details.system.id)} strings={privacyStrings} shared={suiteStrings} />
              <RecordMeetingActions key={`ma-${details.system.id}`} load={async () => ({ actions: await service.meetingActions(details.system.id), me: user?.person })} strings={suiteStrings} now={new Date()} />
            </>}
            strings={strings}
            suiteStrings={suiteStrings}
          />
        )}
        {form && (
          <LazySystemFormPanel
            key={formKey}
            record={form.mode === 'edit' ? form.row.system : undefined}
            initial={form.mode === 'create' ? form.initial : undefined}
            onSubmit={submitForm}
            onReload={reloadForm}
            onDismiss={() => setForm(undefined)}
            onResolvePeople={searchPeople}
            searchDatasets={searchDatasets}
            loadDatasets={loadDatasets}
            strings={strings}
            suiteStrings={suiteStrings}
          />
        )}
        {wizardRow && (
          <LazyClassificationWizard
            systemTitle={wizardRow.system.title}
            initialProfile={readClassification(wizardRow.system)?.profile}
            initialApplicability={wizardRow.system.applicabilityBasis}
            verified={wizardRow.verification.state === 'Verified'}
            onSave={saveClassification}
            onDismiss={() => setWizardRow(undefined)}
            strings={strings}
            suiteStrings={suiteStrings}
          />
        )}
      </React.Suspense>
    </Stack>
  );
  const withPeople = <PeopleDirectoryProvider directory={props.people}>{content}</PeopleDirectoryProvider>;
  return theme ? <ThemeProvider theme={theme}>{withPeople}</ThemeProvider> : withPeople;
}
