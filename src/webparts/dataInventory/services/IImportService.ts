/** The rollout kit's service contract lives beside the wizard (src/ui/import), which receives it as a prop. */
export type { IImportService, ImportRunProgress, PreparedImport, SheetNames, SpreadsheetFormat } from '../../../ui/import/importServiceTypes';
