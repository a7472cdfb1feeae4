/** A wizard step's texts: plain-language question, why it is asked, an example. */
declare interface IAIRegistryStepStrings {
  title: string;
  question: string;
  explanation: string;
  example: string;
}

/** The framework crosswalk section of a system's details (issue 18, part 3). */
declare interface IAIRegistryFrameworkStrings {
  Heading: string;
  Intro: string;
  Loading: string;
  LoadFailed: string;
  TableCaption: string;
  ColFramework: string;
  ColStatus: string;
  ColCovered: string;
  ColGaps: string;
  Counts: string;
  CountsPartial: string;
  /** By ControlStatus. */
  Statuses: Record<'covered' | 'partial' | 'none', string>;
  /** By FrameworkId. */
  Names: Record<'euAiAct' | 'nistAiRmf' | 'iso42001' | 'oecd', string>;
  GapsSummary: string;
  NoGaps: string;
  PartlyBy: string;
  EvidenceHeading: string;
  EvidenceCaption: string;
  NoEvidence: string;
  ColControl: string;
  ColEvidence: string;
  ColRecordedBy: string;
  OrganisationWide: string;
  Through: string;
  ClassificationEvidence: string;
  AddEvidence: string;
  AddEvidenceHeading: string;
  FieldFramework: string;
  FieldControl: string;
  FieldTitle: string;
  FieldLink: string;
  SaveEvidence: string;
  Cancel: string;
  Saved: string;
  /** By validation code. */
  Errors: Record<'invalidUrl' | 'unsafeUrl' | 'evidenceLinkRequired' | 'evidenceControlUnknown' | 'required' | 'tooLong', string>;
  CompareFrom: string;
  ExportComparison: string;
  ExportCoverage: string;
  ExportXlsx: string;
  ExportCsv: string;
  ExportFailed: string;
  CrosswalkIssues: string;
  /** Export column headers and words. */
  Control: string;
  Title: string;
  Group: string;
  Evidence: string;
  Strengths: Record<'equivalent' | 'partial' | 'related', string>;
  ComparisonSheet: string;
  CoverageSheet: string;
  ComparisonFile: string;
  CoverageFile: string;
}

/** Strings of the AI Registry web part (the register, the classification wizard and its EU AI Act texts). */
declare interface IAIRegistryStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  PageSizeLabel: string;

  RegisterTitle: string;
  GridAriaLabel: string;
  NewSystem: string;
  Export: string;
  Exporting: string;
  ExportDone: string;
  SearchLabel: string;
  SearchPlaceholder: string;
  FilterAll: string;
  ClearFilters: string;
  SystemsShown: string;
  Empty: string;
  OpenDetailsOf: string;
  NotClassified: string;

  Columns: Record<'title' | 'riskTier' | 'approvalStatus' | 'businessOwner' | 'lifecycle' | 'nextReviewDate' | 'verification' | 'department', string>;
  Fields: Record<
    'title' | 'description' | 'vendor' | 'systemType' | 'purpose' | 'businessOwner' | 'technicalOwner' | 'department' | 'lifecycle' | 'approvalStatus'
    | 'nextReviewDate' | 'linkedDataAssets' | 'dpiaUrl' | 'modelCardUrl' | 'vendorTermsUrl' | 'applicabilityBasis' | 'webDomains' | 'aliases',
    string
  >;
  Tiers: Record<'prohibited' | 'high' | 'limited' | 'minimal', string>;
  TierExplanations: Record<'prohibited' | 'high' | 'limited' | 'minimal', string>;
  VerificationStates: Record<'Unverified' | 'Verified' | 'Returned', string>;
  ApprovalStatuses: Record<string, string>;
  Lifecycles: Record<string, string>;
  SystemTypes: Record<string, string>;
  ApplicabilityBases: Record<string, string>;

  FormNewTitle: string;
  FormEditTitle: string;
  FormRequiredNote: string;
  /** Under the web domains and aliases fields (usage monitoring matches on them). */
  WebDomainsHint: string;
  AliasesHint: string;
  InvalidUrl: string;
  Required: string;
  TooLong: string;
  InvalidDate: string;
  DatasetSearchLabel: string;
  DatasetSearchPlaceholder: string;
  DatasetNoResults: string;
  /** The search failed (search off and the inventory too large to scan by title). */
  DatasetSearchFailed: string;
  DatasetAdd: string;
  DatasetRemove: string;
  DatasetSummary: string;
  DatasetSummaryNone: string;
  PersonalDataFlag: string;
  NoPersonalData: string;
  UndeclaredDatasets: string;
  NoDatasets: string;

  DetailsTitle: string;
  Edit: string;
  Classify: string;
  Reclassify: string;
  Classification: string;
  Grounds: string;
  ObligationsHeading: string;
  NeedsReview: string;
  Documentation: string;
  Datasets: string;
  Verification: string;
  VerifiedByOn: string;
  ReturnedByOn: string;
  UnverifiedText: string;
  SubmittedBy: string;
  Verify: string;
  Return: string;
  VerifyComment: string;
  VerifyDone: string;
  CannotVerifyOwn: string;
  CannotVerifyNotLead: string;
  CannotVerifyUnclassified: string;
  /** Where the governance roles route the verification (issue 19): heading, "ask {0} to verify", Informed, nobody, unreadable. */
  RouteHeading: string;
  RouteAsk: string;
  RouteInformed: string;
  RouteNobody: string;
  RouteUnavailable: string;
  /** The register's "routed to me" toggle; {0} is the count. */
  AwaitingMine: string;
  AwaitingMineShowAll: string;
  AwaitingMineShown: string;
  AwaitingMineNone: string;
  IgnoredDecisions: string;
  CannotVerifyNotSubmitted: string;
  IgnoredReasons: Record<'missingAuthor' | 'missingCreated' | 'notALead' | 'submitterVerified' | 'answersChanged' | 'notSubmitted', string>;
  /** Heading of the stored-columns anomalies (issue 23). */
  AnomaliesHeading: string;
  /** Short marker in the register grid; {0} is the number of anomalies. */
  AnomalyMarker: string;
  Anomalies: Record<'notSubmitted' | 'storedHashMismatch' | 'classifiedByMismatch' | 'storedStateMismatch', string>;
  Applicability: string;

  Wizard: {
    Title: string;
    StepOf: string;
    Back: string;
    Next: string;
    SeeResult: string;
    Explanation: string;
    Example: string;
    NoneApply: string;
    Yes: string;
    No: string;
    ResultTitle: string;
    TierIs: string;
    ObligationsChecklist: string;
    ApplicabilityTitle: string;
    ApplicabilityNotice: string;
    ApplicabilityRequired: string;
    SaveClassification: string;
    Saving: string;
    ResetWarning: string;
    StepAnnounce: string;
  };
  Steps: Record<
    'role' | 'prohibited' | 'productSafety' | 'highRiskUses' | 'migration' | 'derogations' | 'profiling' | 'transparency' | 'generalPurpose' | 'publicBody',
    IAIRegistryStepStrings
  >;
  Roles: Record<'provider' | 'deployer' | 'both', string>;
  /** By ProhibitedPractice id. */
  Practices: Record<string, string>;
  /** By AnnexIIIUse id. */
  AnnexUses: Record<string, string>;
  MigrationExamples: Record<'7a' | '7b' | '7c' | '7d', string>;
  /** By Derogation id. */
  Derogations: Record<string, string>;
  /** By TransparencyTrigger id. */
  Triggers: Record<string, string>;
  /** Explanations of the grounds that are not a ticked option (by citation). */
  GroundExplanations: Record<string, string>;
  /** By obligation id. */
  Obligations: Record<string, string>;
  /** By review reason id. */
  ReviewReasons: Record<string, string>;
  Csv: Record<
    'id' | 'title' | 'vendor' | 'systemType' | 'department' | 'lifecycle' | 'approvalStatus' | 'businessOwner' | 'technicalOwner' | 'riskTier'
    | 'grounds' | 'obligations' | 'needsReview' | 'applicabilityBasis' | 'verificationState' | 'verifiedBy' | 'verifiedOn' | 'submittedBy'
    | 'nextReviewDate' | 'linkedDatasets' | 'fileName',
    string
  >;
  Frameworks: IAIRegistryFrameworkStrings;
  Literacy: IAIRegistryLiteracyStrings;
}

/** The AI literacy section (issue 19, part 4: EU AI Act Art. 4). */
declare interface IAIRegistryLiteracyStrings {
  Heading: string;
  Intro: string;
  Loading: string;
  LoadFailed: string;
  CoverageLabel: string;
  CoveragePercent: string;
  BasisUsage: string;
  BasisNamed: string;
  BasisNone: string;
  NoGap: string;
  GapsHeading: string;
  Gaps: Record<'noMeasure' | 'lapsed' | 'reclassified' | 'departmentsNotCovered' | 'peopleNotAcknowledged', string>;
  DepartmentsCaption: string;
  ColDepartment: string;
  ColUsers: string;
  ColCovered: string;
  Yes: string;
  No: string;
  MeasuresCaption: string;
  NoMeasures: string;
  ColMeasure: string;
  ColAudience: string;
  ColDelivered: string;
  ColStatus: string;
  ColEvidence: string;
  ColActions: string;
  StatusCurrent: string;
  StatusLapsed: string;
  StatusNotDelivered: string;
  StatusReclassified: string;
  AudienceKinds: Record<'Roles' | 'Departments' | 'Missions' | 'NamedPeople', string>;
  Formats: Record<'ELearning' | 'Workshop' | 'Briefing' | 'GuidanceNote' | 'Other', string>;
  NoEvidence: string;
  Acknowledge: string;
  AcknowledgeLabel: string;
  Acknowledged: string;
  AcknowledgedAnnouncement: string;
  AddMeasure: string;
  EditMeasure: string;
  EditMeasureLabel: string;
  Saved: string;
  Form: {
    TitleNew: string;
    TitleEdit: string;
    Title: string;
    AudienceKind: string;
    AudienceValues: string;
    AudienceValuesHint: string;
    AudiencePeople: string;
    AddPerson: string;
    RemovePerson: string;
    Systems: string;
    Objective: string;
    Format: string;
    FormatNone: string;
    Delivered: string;
    Evidence: string;
    Refresh: string;
    Save: string;
    Saving: string;
    Cancel: string;
    FixErrors: string;
    ConflictMessage: string;
    ConflictReload: string;
    ConflictOverwrite: string;
  };
  Errors: Record<
    'titleRequired' | 'titleTooLong' | 'audienceRequired' | 'systemsRequired' | 'unknownSystem' | 'formatUnknown' | 'deliveredInvalid'
    | 'deliveredInFuture' | 'invalidLink' | 'refreshTooShort' | 'objectiveTooLong' | 'measureNotCurrent',
    string
  >;
  GridColumn: string;
  GridGap: string;
  GridNoUsers: string;
  GridCovered: string;
  GridGapLabel: string;
}

declare module 'AIRegistryWebPartStrings' {
  const strings: IAIRegistryStrings;
  export = strings;
}
