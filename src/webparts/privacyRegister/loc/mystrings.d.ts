/** Strings of the Privacy Register web part (resource module PrivacyRegisterWebPartStrings). Placeholders `{0}`... positional, `{name}` named. */
declare interface IPrivacyCriterionStrings {
  /** Short name of the criterion, as in the grounds. */
  Label: string;
  /** The screening question. */
  Question: string;
  /** What the criterion means, with an example. */
  Help: string;
}

/** Strings of the DPIA panel (issue 17, part 3). Tables are keyed by stored values or rule codes. */
declare interface IPrivacyDpiaStrings {
  StartDpia: string;
  OpenDpia: string;
  StartFailed: string;
  PanelTitle: string;
  Loading: string;
  TitleLabel: string;
  ActivityLine: string;
  StateLabel: string;
  States: Record<string, string>;
  ReturnedRefused: string;
  ReturnedChanged: string;
  ResubmittedAfterChange: string;
  SectionsLabel: string;
  SectionContext: string;
  ContextHelp: string;
  Context: Record<string, string>;
  SectionProportionality: string;
  SectionRights: string;
  PrinciplesHelp: string;
  Principles: Record<string, string>;
  AssessmentLabel: string;
  JudgementLabel: string;
  Judgements: Record<string, string>;
  SectionRisks: string;
  RisksHelp: string;
  FearedEvents: Record<string, string>;
  RiskFields: Record<string, string>;
  FieldOf: string;
  Scale: Record<string, string>;
  RiskTableCaption: string;
  RiskTableEvent: string;
  RiskTableBefore: string;
  RiskTableAfter: string;
  RiskTableValue: string;
  SectionActions: string;
  ActionsHelp: string;
  ActionLabel: string;
  ActionFields: Record<string, string>;
  AddAction: string;
  RemoveAction: string;
  NoActions: string;
  RaiseAsRisk: string;
  RaiseAsRiskLabel: string;
  RaisedAs: string;
  RaisedConfirm: string;
  SaveBeforeRaise: string;
  SectionDecisions: string;
  DecisionsHelp: string;
  NoDecisions: string;
  /** Accessible name of the route block (issue 19). */
  RouteHeading: string;
  /** {0}: the person and why, e.g. "Kwame Asante (Kenya's Accountable)". */
  RouteValidator: string;
  /** {0}: the Informed. */
  RouteInformed: string;
  RouteNobody: string;
  RoutedToYou: string;
  /** {0}: why the matrix could not be read. */
  RouteUnavailable: string;
  DecisionKinds: Record<string, string>;
  DecisionValues: Record<string, string>;
  DecisionLine: string;
  Counts: string;
  DoesNotCount: string;
  Reasons: Record<string, string>;
  GiveOpinion: string;
  Validate: string;
  DecisionLabel: string;
  CommentLabel: string;
  ConfirmDecision: string;
  Submit: string;
  Submitting: string;
  SaveDraft: string;
  SavedMessage: string;
  SubmittedMessage: string;
  DecisionRecorded: string;
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

  Dpia: IPrivacyDpiaStrings;

  ValidationMessages: Record<string, string>;
}

declare module 'PrivacyRegisterWebPartStrings' {
  const strings: IPrivacyRegisterStrings;
  export = strings;
}
