import * as React from 'react';
import * as riskStrings from 'RiskRegisterWebPartStrings';
import * as privacyStrings from 'PrivacyRegisterWebPartStrings';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { DEFAULT_SENSITIVITY_LEVELS } from '../../../core/models/dataAsset';
import type { DataAsset, OwnershipStatus } from '../../../core/models/dataAsset';
import type { Stored } from '../../../core/models/common';
import { DEPARTMENTS, DOMAINS } from '../../../core/reference';
import { DATA_ASSETS_LIST } from '../../../core/schema';
import { recordScoreContext, scoreAsset, type HealthSettings } from '../../../core/scoring';
import { compareOwnershipStatus } from '../../../core/ownership/storedStatus';
import type { GovernanceErrorKind } from '../../../core/errors';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { revealHiddenCharacters } from '../../../core/validation/visibleText';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { SearchSourceNote } from '../../../ui/SearchSourceNote';
import { errorKindOf, errorText } from '../../../ui/errorText';
import type { IInventoryFilterOptions, IMissionOption } from '../../../ui/filterTypes';
import { format } from '../../../ui/format';
import { InventoryFilters as InventoryFilterBar } from '../../../ui/InventoryFilters';
import { InventoryGrid } from '../../../ui/InventoryGrid';
import { INVENTORY_COLUMN_KEYS } from '../../../ui/inventoryTypes';
import type { IInventoryRow, IInventorySort, InventorySortField } from '../../../ui/inventoryTypes';
import type { IInventoryService, InventoryFilters, InventoryQuery } from '../services/IInventoryService';
import type { INominationService } from '../../../ui/ownership/INominationService';
import type { IDataInventoryProps } from './IDataInventoryProps';
import { formOptions, missionRegionIssues } from './inventoryReference';
import { useAssetEditor } from './useAssetEditor';
import { useDebouncedValue } from './useDebouncedValue';
import { useInventoryPages } from './useInventoryPages';
import { LazyAssetDetailsPanel, LazyAssetFormPanel, LazyConflictDialog } from './lazyPanels';
import { RecordOpenRisks } from '../../../ui/risk/RecordOpenRisks';
import { RecordProcessingActivities } from '../../../ui/privacy/RecordProcessingActivities';
import { RecordMeetingActions, type RecordActions } from '../../../ui/meetingActions/RecordMeetingActions';
import { ImportCommands } from './ImportCommands';
import { NominationCommand, nominationSection } from './nominationSlots';
import { CustodianNoticeBar, useCustodianOnCreate } from './custodianOnCreate';
import { PeopleDirectoryProvider } from '../../../ui/people/PeopleDirectoryContext';
import { LabelCheckCommand } from './labelCheckSlots';
import { LazyAssetLabelSection, LazyRecordDataQuality } from './lazyPanels';
import { useLabelColours } from './useLabelColours';
import { parseInventoryLink } from './inventoryUrlParams';
import { useInventoryPreferences } from './useInventoryPreferences';
import { useLinkedAsset } from './useLinkedAsset';
import { ColumnChooser } from './ColumnChooser';
import { SavedViews } from './SavedViews';
import { recordCountText } from './recordCountText';

/** Search waits this long after the last keystroke before querying. */
export const SEARCH_DEBOUNCE_MS = 300;

const defaultNow = (): Date => new Date();

/**
 * The Data Inventory: filters, a paged grid of records with their health score, details with the score breakdown
 * and history, and the create/edit form with conflict handling. Reaches data only through `props.service`.
 */
export function DataInventory(props: IDataInventoryProps): React.ReactElement {
  const { service, strings, defaultFilters, pageSize, theme } = props;
  const now = props.now ?? defaultNow;
  const availableColumns = props.visibleColumns && props.visibleColumns.length > 0 ? props.visibleColumns : INVENTORY_COLUMN_KEYS;
  const preferences = useInventoryPreferences(props.preferencesKey, availableColumns);
  // A link (e.g. from the scorecard) presets filters and may name a record to open: read once, on load.
  const [link] = React.useState(() => parseInventoryLink(window.location.search));

  // Keyed by value: the web part passes a new object on every render.
  const defaultsKey = JSON.stringify(defaultFilters ?? {});
  const initialFilters = React.useMemo((): InventoryFilters => ({ ...defaultFilters, search: undefined }), [defaultsKey]);
  const [filters, setFilters] = React.useState<InventoryFilters>(() => ({ ...initialFilters, ...link.filters }));
  // New defaults from the property pane apply at once (the link's filters only on load).
  const firstDefaults = React.useRef(initialFilters);
  React.useEffect(() => {
    if (firstDefaults.current !== initialFilters) setFilters(initialFilters);
  }, [initialFilters]);
  const [searchText, setSearchText] = React.useState(defaultFilters?.search ?? '');
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const [sort, setSort] = React.useState<IInventorySort | undefined>();
  const [missions, setMissions] = React.useState<IMissionOption[]>([]);
  const [referenceError, setReferenceError] = React.useState<GovernanceErrorKind | undefined>();
  const [details, setDetails] = React.useState<IInventoryRow | undefined>();
  const returnFocusTo = React.useRef<HTMLElement | undefined>();

  // One query object per distinct filter/sort/page size, so re-renders never refetch.
  const queryKey = JSON.stringify({ filters, search, sort, pageSize });
  const query = React.useMemo(
    (): InventoryQuery => ({ filters: { ...filters, search: search || undefined }, sort, pageSize }),
    // queryKey captures every input by value.
    [queryKey]
  );
  const pages = useInventoryPages(service, query);
  const custodian = useCustodianOnCreate(props.nominations);
  const editor = useAssetEditor(service, pages.upsert, custodian.afterCreate);

  const loadMissions = React.useCallback((): void => {
    setReferenceError(undefined);
    service.missions().then(setMissions, (e: unknown) => setReferenceError(errorKindOf(e)));
  }, [service]);
  React.useEffect(loadMissions, [loadMissions]);

  const labelColours = useLabelColours(props.labelCheck);
  const [selectedIds, setSelectedIds] = React.useState<number[]>([]);
  // The label mapping: the live score ranks the cached label as the stored score does.
  const [healthSettings, setHealthSettings] = React.useState<HealthSettings | undefined>();
  React.useEffect(() => {
    service.healthSettings().then(setHealthSettings, () => setHealthSettings({}));
  }, [service]);
  const toRow = React.useCallback((asset: Stored<DataAsset>, derived: OwnershipStatus | undefined, today: Date): IInventoryRow => {
    // Scored with the derived status, so a hand-written Confirmed never raises the score shown; while the derived
    // status of a just-saved record is read, the approval does not count.
    const scored: DataAsset = { ...asset, ownershipStatus: derived ?? 'Unassigned' };
    return {
      asset,
      score: scoreAsset(scored, recordScoreContext(scored, today, healthSettings)),
      ownership: derived === undefined ? undefined : compareOwnershipStatus(asset.ownershipStatus, derived),
      labelColor: asset.purviewLabelId ? labelColours.get(asset.purviewLabelId) : undefined
    };
  }, [healthSettings, labelColours]);
  const rows = React.useMemo((): IInventoryRow[] => {
    const today = now();
    // The band filter runs in SharePoint on the stored HealthBand column; the live score shown is recomputed here.
    // `now` is read once per change of the items, not per render.
    return pages.items.map((asset) => toRow(asset, pages.ownership.get(asset.id), today));
  }, [pages.items, pages.ownership, toRow]);

  const filterOptions = React.useMemo(
    (): IInventoryFilterOptions => ({ missions, departments: DEPARTMENTS, domains: DOMAINS, sensitivities: DEFAULT_SENSITIVITY_LEVELS }),
    [missions]
  );

  const rememberFocus = (): void => {
    const active = document.activeElement;
    returnFocusTo.current = active instanceof HTMLElement ? active : undefined;
  };
  // Panels return focus themselves; this covers a form opened from the details panel, whose Edit button is gone.
  const restoreFocus = (): void => {
    const target = returnFocusTo.current;
    window.setTimeout(() => {
      if (target && document.body.contains(target)) {
        target.focus();
      }
    }, 0);
  };

  const onSort = React.useCallback((field: InventorySortField) => {
    setSort((s) => (s && s.field === field ? { field, ascending: !s.ascending } : { field, ascending: true }));
  }, []);
  const onOpen = React.useCallback((row: IInventoryRow) => {
    rememberFocus();
    setDetails(row);
  }, []);
  const linked = useLinkedAsset(service, link.assetId, (asset, derived) => setDetails(toRow(asset, derived, now())));
  const currentDetails = details ? rows.find((r) => r.asset.id === details.asset.id) ?? details : undefined;
  const loadVersions = React.useCallback(() => service.versions(details ? details.asset.id : 0), [service, details]);

  // When the form closes (saved or cancelled), focus goes back to what opened it.
  const wasEditing = React.useRef(false);
  React.useEffect(() => {
    if (wasEditing.current && !editor.target) {
      restoreFocus();
    }
    wasEditing.current = editor.target !== undefined;
  }, [editor.target]);
  const editRecord = (record: Stored<DataAsset>): void => {
    setDetails(undefined);
    editor.open({ mode: 'edit', record });
  };
  const initialValues = React.useMemo(
    (): Partial<DataAsset> => ({ region: filters.region, mission: filters.mission, department: filters.department }),
    [filters.region, filters.mission, filters.department]
  );

  const content = (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <Text as="h2" variant="xLarge">{strings.InventoryTitle}</Text>
        {props.nominations && <NominationCommand service={props.nominations} filters={query.filters} onSent={pages.reload} now={now} strings={strings} />}
        {props.labelCheck && (
          <LabelCheckCommand runner={props.labelCheck} missions={missions.map((m) => m.title)} mission={filters.mission} selectedIds={selectedIds} onFinished={pages.reload} strings={strings} />
        )}
        <PrimaryButton
          text={strings.NewRecord}
          iconProps={{ iconName: 'Add' }}
          onClick={() => {
            rememberFocus();
            editor.open({ mode: 'create' });
          }}
        />
      </Stack>
      {props.importService && (
        <ImportCommands service={props.importService} filters={query.filters} suiteStrings={strings} onImported={pages.reload} qualityService={props.qualityImportService} />
      )}
      <InventoryFilterBar
        values={filters}
        onChange={setFilters}
        searchText={searchText}
        onSearchChange={setSearchText}
        onClear={() => {
          setFilters(initialFilters);
          setSearchText('');
        }}
        options={filterOptions}
        strings={strings}
      />
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <SavedViews
          views={preferences.views}
          onSave={(name) => preferences.saveView({ name, filters: { ...filters, search: searchText.trim() || undefined }, sort, columns: preferences.shown })}
          onApply={(view) => {
            setFilters({ ...view.filters, search: undefined });
            setSearchText(view.filters.search ?? '');
            setSort(view.sort);
            if (view.columns.length > 0) preferences.setShown(view.columns);
          }}
          onDelete={preferences.deleteView}
          suiteStrings={strings}
        />
        <ColumnChooser available={availableColumns} shown={preferences.shown} onChange={preferences.setShown} suiteStrings={strings} />
      </Stack>
      {filters.ownershipStatus && <Text as="p" styles={{ root: { margin: 0 } }}>{strings.OwnershipFilterNote}</Text>}
      {!pages.loading && <SearchSourceNote source={pages.searchSource} strings={strings} />}
      {pages.error && (
        <ErrorMessageBar kind={pages.error.kind} strings={strings} onRetry={pages.error.retry} onDismiss={pages.dismissError} />
      )}
      {linked.error && <ErrorMessageBar kind={linked.error} strings={strings} onDismiss={linked.dismiss} />}
      {referenceError && <ErrorMessageBar kind={referenceError} strings={strings} onRetry={loadMissions} />}
      <CustodianNoticeBar notice={custodian.notice} onDismiss={custodian.dismiss} strings={strings} />
      {/* Always present, so screen readers announce the confirmation when it appears after a save. */}
      <div role="status" aria-live="polite" data-testid="save-status">
        {editor.lastSaved && <MessageBar messageBarType={MessageBarType.success}>{format(strings.RecordSaved, revealHiddenCharacters(editor.lastSaved.title))}</MessageBar>}
      </div>
      <InventoryGrid
        rows={rows}
        loading={pages.loading}
        visibleColumns={preferences.shown}
        sort={sort}
        onSort={onSort}
        onOpen={onOpen}
        strings={strings}
        onSelectionChanged={props.labelCheck ? setSelectedIds : undefined}
      />
      <Text aria-live="polite" role="status">
        {pages.loading
          ? strings.Loading
          : rows.length === 0 && !pages.error
            ? `${strings.EmptyTitle} ${strings.EmptyHint}`
            : recordCountText(rows.length, pages.hasMore, pages.total, strings)}
      </Text>
      {pages.hasMore && (
        <DefaultButton
          text={pages.loadingMore ? strings.LoadingMore : strings.LoadMore}
          disabled={pages.loadingMore}
          onClick={pages.loadMore}
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      )}
      <React.Suspense fallback={null}>
        {currentDetails && (
          <LazyAssetDetailsPanel
            list={DATA_ASSETS_LIST}
            asset={currentDetails.asset}
            score={currentDetails.score}
            ownership={currentDetails.ownership}
            loadVersions={loadVersions}
            onEdit={() => editRecord(currentDetails.asset)}
            onDismiss={() => setDetails(undefined)}
            ownershipSection={nominationSection(props.nominations, currentDetails.asset, pages.upsert, now, strings)}
            qualitySection={<LazyRecordDataQuality key={`dq-${currentDetails.asset.id}`} load={() => service.qualityMeasurements(currentDetails.asset.id)}
              add={(draft) => service.addQualityMeasurement(currentDetails.asset.id, draft)} now={now()} strings={strings} />}
            labelSection={<LazyAssetLabelSection asset={currentDetails.asset} labelColor={currentDetails.labelColor} />}
            risksSection={<>
              <RecordOpenRisks key={currentDetails.asset.id} load={() => service.openRisks(currentDetails.asset.id)} strings={riskStrings} shared={strings} />
              <RecordProcessingActivities key={`pa-${currentDetails.asset.id}`} load={() => service.processingActivities(currentDetails.asset.id)} strings={privacyStrings} shared={strings} />
              <RecordMeetingActions key={`ma-${currentDetails.asset.id}`} load={() => loadRecordActions(service, props.nominations, currentDetails.asset.id)} strings={strings} now={now()} />
            </>}
            strings={strings}
          />
        )}
        {editor.target && (
          <LazyAssetFormPanel
            key={editor.formKey}
            list={DATA_ASSETS_LIST}
            record={editor.target.mode === 'edit' ? editor.target.record : undefined}
            initialValues={initialValues}
            onSubmit={editor.submit}
            onDismiss={editor.close}
            onResolvePeople={(text) => service.searchPeople(text)}
            getOptions={(property, draft) => formOptions(missions, property, draft)}
            extraValidation={(draft) => missionRegionIssues(missions, draft)}
            strings={strings}
          />
        )}
        {editor.conflict && (
          <LazyConflictDialog
            list={DATA_ASSETS_LIST}
            mine={editor.conflict.mine}
            theirs={editor.conflict.theirs}
            busy={editor.conflict.busy}
            errorMessage={editor.conflict.errorKind ? errorText(editor.conflict.errorKind, strings) : undefined}
            onReapply={editor.reapply}
            onReloadTheirs={editor.reloadTheirs}
            strings={strings}
          />
        )}
      </React.Suspense>
    </Stack>
  );

  const withPeople = <PeopleDirectoryProvider directory={props.people}>{content}</PeopleDirectoryProvider>;
  return theme ? <ThemeProvider theme={theme}>{withPeople}</ThemeProvider> : withPeople;
}

/** The record's meeting actions and, when the nominations service can tell, who is signed in (to flag their own). */
async function loadRecordActions(service: IInventoryService, nominations: INominationService | undefined, assetId: number): Promise<RecordActions> {
  const [actions, me] = await Promise.all([service.meetingActions(assetId), nominations?.currentUser().catch(() => undefined)]);
  return { actions, me };
}
