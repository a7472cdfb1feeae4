/** Strings of the Privacy Register web part (resource module PrivacyRegisterWebPartStrings). Placeholders `{0}`... positional, `{name}` named. */
declare interface IPrivacyCriterionStrings {
  /** Short name of the criterion, as in the grounds. */
  Label: string;
  /** The screening question. */
  Question: string;
  /** What the criterion means, with an example. */
  Help: string;
}

declare interface IPrivacyRegisterStrings {
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  DefaultFilterLabel: string;

  Title: string;
  Intro: string;
  NewActivity: string;
  NewFromDataset: string;
  Refresh: string;
  Loading: string;
  Summary: string;
  Empty: string;
  Edit: string;

  FilterRegion: string;
  FilterMission: string;
  FilterAll: string;
  FilterDpia: string;
  DpiaFilterRequired: string;
  DpiaFilterMissing: string;
  SearchLabel: string;
  SearchPlaceholder: string;

  ColumnTitle: string;
  ColumnRole: string;
  ColumnMission: string;
  ColumnLegalBasis: string;
  ColumnOwner: string;
  ColumnReview: string;
  ColumnDpia: string;
  DpiaMissing: string;
  DpiaRecorded: string;
  DpiaNotRequired: string;

  FormNewTitle: string;
  FormEditTitle: string;
  FormFromDataset: string;
  SectionIdentity: string;
  SectionParties: string;
  SectionData: string;
  SectionTransfers: string;
  SectionRetention: string;
  SectionLawfulness: string;
  SectionOrganisation: string;
  SectionLinks: string;
  SectionScreening: string;
  ProcessorHint: string;
  Fields: Record<string, string>;
  Save: string;
  Saving: string;
  Cancel: string;
  Close: string;
  NotSet: string;
  Yes: string;
  No: string;
  FixErrors: string;
  ConflictMessage: string;
  ConflictReload: string;
  ConflictOverwrite: string;
  AISystemsPlaceholder: string;

  Roles: Record<string, string>;
  LegalBases: Record<string, string>;
  Art9Conditions: Record<string, string>;
  Safeguards: Record<string, string>;
  SpecialCategories: Record<string, string>;
  RetentionUnits: Record<string, string>;

  ScreeningIntro: string;
  Criteria: Record<string, IPrivacyCriterionStrings>;
  ScreeningRequired: string;
  ScreeningNotRequired: string;
  GroundsTitle: string;
  GroundSources: Record<string, string>;
  GroundLine: string;

  DatasetDialogTitle: string;
  DatasetDialogHint: string;
  DatasetDialogStart: string;

  LinkedTitle: string;
  LinkedNone: string;
  LinkedLine: string;

  ExportMenu: string;
  ExportXlsx: string;
  ExportCsv: string;
  ExportSheetName: string;
  ExportFileName: string;
  ExportNoTransfer: string;
  ExportFailed: string;
  PrintMenu: string;
  PrintTitle: string;
  PrintScopeAll: string;
  PrintScopeMission: string;
  PrintGenerated: string;
  PrintPrint: string;
  PrintClose: string;
  /** Headers of the Art. 30 report, by column (see ART30_COLUMNS). */
  Art30Headers: Record<string, string>;

  ValidationMessages: Record<string, string>;
}

declare module 'PrivacyRegisterWebPartStrings' {
  const strings: IPrivacyRegisterStrings;
  export = strings;
}
