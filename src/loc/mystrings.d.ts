/** Labels of the DataAssets fields shown in forms, grids and details (keyed by domain property). */
declare interface IGovernanceFieldLabels {
  title: string;
  description: string;
  assetType: string;
  domain: string;
  region: string;
  mission: string;
  department: string;
  owner: string;
  custodian: string;
  locationUrl: string;
  storageSystem: string;
  declaredSensitivity: string;
  containsPersonalData: string;
  personalDataCategories: string;
  dataSubjects: string;
  legalBasis: string;
  retentionPeriod: string;
  lastReviewed: string;
  reviewCycleMonths: string;
  ownershipStatus: string;
  purviewLabelId: string;
  purviewLabelName: string;
  labelCheckedOn: string;
  labelDrift: string;
  accessFlags: string;
  overshared: string;
  lifecycle: string;
  externalId: string;
  healthScore: string;
  healthBand: string;
}

/**
 * Strings shared by every web part of the suite (resource module `GovernanceSuiteStrings`).
 * Placeholders: `{0}`, `{1}`... positional; validation messages use named `{max}`, `{min}`... from the issue's params.
 */
declare interface IGovernanceSuiteStrings {
  // General
  InventoryTitle: string;
  NewRecord: string;
  Edit: string;
  Save: string;
  Saving: string;
  Cancel: string;
  Close: string;
  Retry: string;
  LoadMore: string;
  LoadingMore: string;
  Loading: string;
  Yes: string;
  No: string;
  NotSet: string;
  EmptyValue: string;
  RecordsShown: { one: string; other: string };
  EmptyTitle: string;
  EmptyHint: string;

  // Grid
  GridAriaLabel: string;
  OpenDetailsOf: string;
  SortedAscending: string;
  SortedDescending: string;
  ColumnHealthScore: string;

  // Health score
  HealthScoreAriaLabel: string;
  BandHealthy: string;
  BandNeedsAttention: string;
  BandAtRisk: string;

  // Ownership statuses (derived values; taxonomy values and choices are shown as stored)
  OwnershipUnassigned: string;
  OwnershipPending: string;
  OwnershipConfirmed: string;
  OwnershipDeclined: string;
  OwnershipExpired: string;
  /** Visible next to a derived status whose stored column disagrees; {0}: the stored status. */
  OwnershipStoredShort: string;
  /** The marker's text alternative; {0}: stored status, {1}: derived status. */
  OwnershipStoredDisagrees: string;
  /** The details panel's explanation of a disagreement; {0}: stored status, {1}: derived status. */
  OwnershipStoredExplanation: string;
  /** While a just-saved record's derived status is read. */
  OwnershipChecking: string;
  /** Under the filters while the ownership status filter is set. */
  OwnershipFilterNote: string;
  /** Under a grid whose rows came from SharePoint Search. */
  SearchResultsNote: string;
  /** When search could not serve and titles were matched on the list (within the mission). */
  SearchListScanNote: string;
  /** When search could not serve and no mission narrows the list: choose one first. */
  SearchNeedsMission: string;

  // Hidden characters made visible (bidirectional controls, zero-width characters); {0}: the code point, e.g. U+202E
  HiddenBidiControl: string;
  HiddenZeroWidth: string;

  // Filters
  FiltersLabel: string;
  FilterAll: string;
  FilterHealthBand: string;
  SearchTitleLabel: string;
  SearchTitlePlaceholder: string;
  ClearFilters: string;

  // Errors by kind
  ErrorNotFound: string;
  ErrorConflict: string;
  ErrorThrottled: string;
  ErrorThresholdExceeded: string;
  ErrorForbidden: string;
  ErrorUnauthorized: string;
  ErrorValidation: string;
  ErrorNetwork: string;
  ErrorUnknown: string;

  // Form
  FormNewTitle: string;
  FormEditTitle: string;
  FormRequiredNote: string;
  ComputedFieldNote: string;
  ValidationSummary: string;
  SaveFailed: string;
  SelectPlaceholder: string;
  MultiValueHint: string;
  DateFormatHint: string;
  PeopleSuggestionsHeader: string;
  PeopleNoResults: string;
  PeopleLoading: string;
  PeopleRemove: string;
  PeopleSearchError: string;
  GroupIdentity: string;
  GroupOrganisation: string;
  GroupOwnership: string;
  GroupLocation: string;
  GroupSensitivity: string;
  GroupLifecycle: string;
  GroupOther: string;
  Fields: IGovernanceFieldLabels;
  /** Messages per validation issue code; unknown codes fall back to the issue's own message. */
  ValidationMessages: { [code: string]: string };

  // Conflict
  ConflictTitle: string;
  ConflictIntro: string;
  ConflictSavedBy: string;
  /** Announced (role=status) after a record is saved; {0} is its title. */
  RecordSaved: string;
  ConflictColumnField: string;
  ConflictColumnMine: string;
  ConflictColumnTheirs: string;
  ConflictReloadTheirs: string;
  ConflictReapply: string;
  ConflictNoDifferences: string;

  // Details
  DetailsTitle: string;
  DetailsEssentials: string;
  ScoreBreakdownTitle: string;
  DimensionPoints: string;
  MissingLabel: string;
  NothingMissing: string;
  /** Dimension names by scoring key (ownership, sensitivity, location, documentation, freshness). */
  Dimensions: { [key: string]: string };
  /** How to fix each missing item, by the scoring's missing code; unknown codes show MissingFallback. */
  MissingHints: { [code: string]: string };
  MissingFallback: string;
  UnsafeLink: string;
  VersionHistoryTitle: string;
  VersionsLoading: string;
  VersionsEmpty: string;
  VersionsError: string;
  VersionHeading: string;
  UnknownUser: string;
  VersionChange: string;
  VersionNoFieldChanges: string;

  // Data Health Scorecard
  Scorecard: {
    Title: string;
    LoadingLabel: string;
    LoadedOf: string;
    ScopeOrganisation: string;
    ScopeRegion: string;
    ScopeMission: string;
    ScopeNotFound: string;
    NoScore: string;
    NoScoreHint: string;
    NotApplicable: string;
    TileScore: string;
    TileMaturity: string;
    TileAssets: string;
    TileConfirmedCustodian: string;
    TileClassified: string;
    TileUnderLabelled: string;
    TileRollout: string;
    RateOf: string;
    MaturityLevel: string;
    ByRegion: string;
    ByMission: string;
    ColumnName: string;
    ColumnRecords: string;
    ColumnScore: string;
    ColumnMaturity: string;
    ColumnShare: string;
    ColumnPointsLost: string;
    ColumnOnboarded: string;
    SortBy: string;
    BlankValue: string;
    Bands: string;
    Dimensions: string;
    Rollout: string;
    ChartLoading: string;
    ShowRecords: string;
    DrillTitle: string;
    DrillCount: string;
    DrillTruncated: string;
    DrillEmpty: string;
    ColumnTitle: string;
    ColumnMission: string;
    ChartRegionsLabel: string;
    ChartBandsLabel: string;
    /** Maturity level names by level 1-5. */
    MaturityNames: { [level: string]: string };
  };
  /** A record's meeting actions in the details panels (issue 19, part 5). */
  /** Measured data quality (issue 18 part 5): the inventory record's section and the scorecard's. */
  Quality: {
    Title: string;
    Intro: string;
    Loading: string;
    None: string;
    LatestCaption: string;
    Dimension: string;
    Score: string;
    MeasuredOn: string;
    Source: string;
    Note: string;
    NotMeasured: string;
    NoSource: string;
    History: { one: string; other: string };
    HistoryCaption: string;
    Add: string;
    AddForm: string;
    DateHint: string;
    SourceHint: string;
    Save: string;
    Cancel: string;
    Saved: string;
    ScorecardTitle: string;
    ScorecardCaption: string;
    ScorecardMean: string;
    ScorecardMeasured: string;
    ScorecardOldest: string;
    ScorecardMeasuredOf: string;
    ScorecardNone: string;
    ScorecardNote: string;
    /** Display names of the stored (English) dimension values. */
    Dimensions: { [stored: string]: string };
    /** Importing measurements from a file (the Data Inventory's toolbar); named placeholders are formatNamed's. */
    Import: {
      Open: string;
      /** The example file's download button and file name (no extension). */
      Template: string;
      TemplateFileName: string;
      Title: string;
      Intro: string;
      UploadHint: string;
      MapIntro: string;
      MapMissing: string;
      MapTwice: string;
      /** Column names by QualityImportColumn. */
      Columns: { [column: string]: string };
      PreviewSummary: string;
      ExampleIgnored: { one: string; other: string };
      PreviewNothing: string;
      Run: { one: string; other: string };
      RunProgress: string;
      ReportSummary: string;
      ReportStopped: { one: string; other: string };
      ColumnRecord: string;
      ReportFileName: string;
      /** Report outcomes by QualityImportOutcome. */
      Outcomes: { [outcome: string]: string };
      /** Row problems only the import has, by code (the form's codes are in ValidationMessages). */
      Issues: { [code: string]: string };
    };
  };
  RecordActions: {
    Title: string;
    Loading: string;
    None: string;
    Summary: { one: string; other: string };
    OpenCount: { one: string; other: string };
    OverdueCount: { one: string; other: string };
    YourOverdue: { one: string; other: string };
    Line: string;
    FromMeeting: string;
    Overdue: string;
    NoDueDate: string;
    NoOwner: string;
  };
  /** Display labels of stored choice values, by choice set then stored value (the stored value is the fallback). */
  Choices: {
    Sensitivity: { [stored: string]: string };
    AssetType: { [stored: string]: string };
    AssetLifecycle: { [stored: string]: string };
    Domain: { [stored: string]: string };
    RiskCategory: { [stored: string]: string };
    RiskTreatment: { [stored: string]: string };
    RiskStatus: { [stored: string]: string };
    PersonalDataCategory: { [stored: string]: string };
    DataSubject: { [stored: string]: string };
  };
}

declare module 'GovernanceSuiteStrings' {
  const strings: IGovernanceSuiteStrings;
  export = strings;
}
