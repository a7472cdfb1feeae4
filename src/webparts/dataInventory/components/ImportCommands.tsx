import * as React from 'react';
import { DefaultButton, type IButton } from '@fluentui/react/lib/Button';
import type { IContextualMenuProps } from '@fluentui/react/lib/ContextualMenu';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'InventoryImportStrings';
import type { GovernanceErrorKind } from '../../../core/errors';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { datedFileName, downloadBlob } from '../../../ui/export/download';
import type { IQualityImportService } from '../../../ui/quality/qualityImportServiceTypes';
import type { IImportService, SpreadsheetFormat } from '../services/IImportService';
import type { InventoryFilters } from '../services/IInventoryService';

// The wizard (and its spreadsheet readers) loads only when someone opens it.
const LazyImportWizard = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-import' */ '../../../ui/import/ImportWizard').then((m) => ({ default: m.ImportWizard }))
);

// The quality measurements import is its own chunk: stewards open it far less often than the grid loads.
const LazyQualityImportPanel = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-quality-import' */ '../../../ui/quality/QualityImportPanel').then((m) => ({ default: m.QualityImportPanel }))
);

/** Props of {@link ImportCommands}. */
export interface IImportCommandsProps {
  service: IImportService;
  /** The inventory's current filters: the export follows them. */
  filters: InventoryFilters;
  suiteStrings: IGovernanceSuiteStrings;
  /** Called after an import wrote records (the grid reloads). */
  onImported: () => void;
  /** The import of measured data-quality scores (issue 18 part 5); its button is hidden when absent. */
  qualityService?: IQualityImportService;
}

const SHEETS = { data: strings.DataSheetName, choices: strings.ChoicesSheetName };

/** The rollout kit's toolbar: download the template, export the filtered records, import a file, import quality measurements. */
export function ImportCommands(props: IImportCommandsProps): React.ReactElement {
  const { service, filters, suiteStrings, onImported, qualityService } = props;
  const [wizardOpen, setWizardOpen] = React.useState(false);
  const [qualityOpen, setQualityOpen] = React.useState(false);
  const qualityButton = React.useRef<IButton>(null);
  const [status, setStatus] = React.useState('');
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const importButton = React.useRef<IButton>(null);

  const download = (work: () => Promise<Blob>, base: string, format: SpreadsheetFormat): void => {
    setError(undefined);
    setStatus(strings.ExportBusy);
    work().then(
      (blob) => {
        downloadBlob(blob, datedFileName(base, format));
        setStatus(strings.ExportDone);
      },
      (e: unknown) => {
        setStatus('');
        setError(errorKindOf(e));
      }
    );
  };
  const menu = (items: { key: SpreadsheetFormat; text: string }[], run: (format: SpreadsheetFormat) => void): IContextualMenuProps => ({
    items: items.map((item) => ({ key: item.key, text: item.text, onClick: () => run(item.key) }))
  });

  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          text={strings.Template}
          iconProps={{ iconName: 'Download' }}
          menuProps={menu([{ key: 'xlsx', text: strings.TemplateXlsx }, { key: 'csv', text: strings.TemplateCsv }], (format) =>
            download(() => service.template(format, SHEETS), strings.TemplateFileName, format)
          )}
        />
        <DefaultButton
          text={strings.Export}
          iconProps={{ iconName: 'Export' }}
          menuProps={menu([{ key: 'xlsx', text: strings.ExportXlsx }, { key: 'csv', text: strings.ExportCsv }], (format) =>
            download(() => service.exportRecords(filters, format, SHEETS), strings.ExportFileName, format)
          )}
        />
        <DefaultButton componentRef={importButton} text={strings.Import} iconProps={{ iconName: 'Upload' }} onClick={() => setWizardOpen(true)} />
        {qualityService && (
          <DefaultButton componentRef={qualityButton} text={suiteStrings.Quality.Import.Open} iconProps={{ iconName: 'BulkUpload' }} onClick={() => setQualityOpen(true)} />
        )}
      </Stack>
      <Text role="status" aria-live="polite" variant="small">{status}</Text>
      {error && <ErrorMessageBar kind={error} strings={suiteStrings} onDismiss={() => setError(undefined)} />}
      <React.Suspense fallback={null}>
        {wizardOpen && (
          <LazyImportWizard
            service={service}
            suiteStrings={suiteStrings}
            onImported={onImported}
            onDismiss={() => {
              setWizardOpen(false);
              importButton.current?.focus();
            }}
          />
        )}
        {qualityOpen && qualityService && (
          <LazyQualityImportPanel
            service={qualityService}
            strings={suiteStrings}
            onDismiss={() => {
              setQualityOpen(false);
              qualityButton.current?.focus();
            }}
          />
        )}
      </React.Suspense>
    </Stack>
  );
}
