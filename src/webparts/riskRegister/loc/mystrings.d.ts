/** The information-system assessment's requirements part and report (issue 18, part 4). */
declare interface ISystemAssessmentStrings {
  WrongType: string;
  TypeNotSet: string;
  RequirementsTitle: string;
  RequirementsNone: string;
  Need: string;
  Institution: string;
  Priority: string;
  Source: string;
  SourceHint: string;
  PriorityMust: string;
  PriorityShould: string;
  PriorityCould: string;
  Add: string;
  Edit: string;
  Delete: string;
  EditOf: string;
  DeleteOf: string;
  Save: string;
  Actions: string;
  Saved: string;
  Deleted: string;
  NeedMissing: string;
  InstitutionMissing: string;
  PriorityInvalid: string;
  TooLong: string;
  Conflict: string;
  Reload: string;
  ExportReport: string;
  PrintReport: string;
  ReportTitle: string;
  Print: string;
  Close: string;
  SheetSummary: string;
  SheetFindings: string;
  SheetRequirements: string;
  SheetOutline: string;
  Item: string;
  Value: string;
  System: string;
  Assessor: string;
  Date: string;
  Template: string;
  Version: string;
  Maturity: string;
  Section: string;
  Question: string;
  Answer: string;
  Comment: string;
  Evidence: string;
  Number: string;
  Text: string;
  NotAnswered: string;
  Level: string;
  SectionGaps: string;
  SectionMaturity: string;
  TorBackground: string;
  TorObjectives: string;
  TorScope: string;
  TorRequirements: string;
  TorDeliverables: string;
  TorBackgroundLine: string;
  TorObjectiveMain: string;
  TorObjectiveSection: string;
  TorObjectiveMust: string;
  TorNoGaps: string;
  TorFinding: string;
  TorRequirement: string;
  TorNoRequirements: string;
  TorConstraint: string;
  TorStandardDeliverables: string[];
}

/** Strings of the Risk Register web part (resource module RiskRegisterWebPartStrings). Placeholders `{0}`... positional. */
declare interface IRiskRegisterStrings {
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  DefaultViewLabel: string;

  Title: string;
  TabRegister: string;
  TabHeatMap: string;
  TabAssessments: string;
  NewRisk: string;
  ExportCsv: string;
  PrintReport: string;
  Refresh: string;
  Loading: string;
  /** Plural forms (formatPlural): the count is {0} / {count}. */
  Summary: { one: string; other: string };
  AppetiteNote: string;
  LeadNote: string;
  NotLeadNote: string;
  /** The signed-in user is not a lead but the governance roles route {0} risks above the appetite to them. */
  RoutedNote: string;
  /** The matrix could not be read; {0} the error text. */
  RouteUnavailableNote: string;

  FilterCategory: string;
  FilterStatus: string;
  FilterTreatment: string;
  FilterLevel: string;
  FilterAll: string;
  FilterMine: string;
  SearchLabel: string;
  SearchPlaceholder: string;
  /** {1} of {0} risks shown (plural forms chosen by the number of risks, {0}). */
  Shown: { one: string; other: string };
  EmptyRegister: string;

  ColumnTitle: string;
  ColumnCategory: string;
  ColumnLevel: string;
  ColumnOwner: string;
  ColumnTreatment: string;
  ColumnDueDate: string;
  ColumnStatus: string;
  ColumnLinked: string;
  ColumnActions: string;
  GridAriaLabel: string;
  LevelMovement: string;
  LevelMovementAria: string;
  Unowned: string;
  Overdue: string;
  AboveAppetite: string;
  AcceptedUntil: string;
  AcceptanceExpired: string;
  AcceptanceUnsupported: string;
  /** A risk marked Accepted until a date more than 12 months away. */
  AcceptanceTooLong: string;
  /** {0}: the default appetite that applies instead. */
  AppetiteIgnored: string;
  AcceptRisk: string;
  LinkedAsset: string;
  LinkedAISystem: string;

  LevelLow: string;
  LevelMedium: string;
  LevelHigh: string;
  LevelCritical: string;

  HeatMapTitle: string;
  HeatMapInherent: string;
  HeatMapResidual: string;
  HeatMapModeLabel: string;
  HeatMapLikelihood: string;
  HeatMapImpact: string;
  /** Plural forms (formatPlural): the count is {0} / {count}. */
  HeatMapCellAria: { one: string; other: string };
  HeatMapCellMovement: string;
  HeatMapTableCaption: string;
  HeatMapTableCell: string;
  HeatMapShowTable: string;
  HeatMapShowGrid: string;
  /** Plural forms (formatPlural): the count is {0} / {count}. */
  HeatMapCellTitle: { one: string; other: string };
  HeatMapCellEmpty: string;
  HeatMapLegend: string;

  FormNewTitle: string;
  FormEditTitle: string;
  FormRaisedFrom: string;
  FieldTitle: string;
  FieldDescription: string;
  FieldCategory: string;
  FieldLikelihood: string;
  FieldImpact: string;
  FieldResidualLikelihood: string;
  FieldResidualImpact: string;
  FieldControls: string;
  FieldTreatment: string;
  FieldOwner: string;
  FieldDueDate: string;
  FieldStatus: string;
  FieldEvidence: string;
  FieldEvidenceHint: string;
  FieldRelatedAsset: string;
  FieldRelatedAISystem: string;
  FieldLinkSearch: string;
  ScorePreview: string;
  ScorePreviewNone: string;
  NotSet: string;
  Save: string;
  Saving: string;
  Cancel: string;
  Close: string;
  Saved: string;
  FixErrors: string;
  ConflictMessage: string;
  ConflictReload: string;
  ConflictOverwrite: string;
  ValidationMessages: { [code: string]: string };

  AcceptTitle: string;
  AcceptIntro: string;
  AcceptNeedsLead: string;
  /** Above the appetite when the governance roles route the risk: {0} score, {1} appetite. */
  AcceptNeedsRouted: string;
  /** The accept dialog's route (issue 19 part 2): heading, who is asked ({0} person and why), Informed ({0}). */
  RouteHeading: string;
  RouteAccepter: string;
  RouteInformed: string;
  RouteNobody: string;
  /** Added after RouteAccepter when the signed-in user is routed. */
  RoutedToYou: string;
  /** The matrix could not be read; {0} the error text. */
  RouteUnavailable: string;
  AcceptWithinAppetite: string;
  AcceptExpiry: string;
  AcceptComment: string;
  AcceptConfirm: string;
  AcceptDone: string;
  AcceptanceMessages: { [code: string]: string };

  AssessTitle: string;
  AssessNew: string;
  AssessTargetKind: string;
  AssessTargetDataAsset: string;
  AssessTargetAISystem: string;
  AssessTargetMission: string;
  AssessTargetSearch: string;
  AssessTargetResults: string;
  AssessTargetNone: string;
  AssessTemplate: string;
  AssessStart: string;
  AssessQuestionOf: string;
  AssessAnswerYes: string;
  AssessAnswerPartial: string;
  AssessAnswerNo: string;
  AssessAnswerNa: string;
  AssessNote: string;
  AssessEvidence: string;
  AssessEvidenceHint: string;
  AssessSubmit: string;
  AssessUnanswered: string;
  AssessUnsafeEvidence: string;
  AssessEvidenceRequired: string;
  AssessSaved: string;
  AssessFindings: string;
  AssessNoFindings: string;
  AssessFindingLine: string;
  AssessGapNo: string;
  AssessGapPartial: string;
  AssessRaiseRisk: string;
  AssessRiskRaised: string;
  AssessExportFindings: string;
  AssessHistory: string;
  AssessHistoryEmpty: string;
  AssessHistoryLine: string;
  AssessOpen: string;
  AssessNoObligations: string;
  AssessBack: string;

  AssessTemplateVersion: string;
  AssessTemplateFallback: string;
  AssessNoTemplates: string;
  AssessTemplateMissing: string;
  AssessAnswerDontKnow: string;
  AssessLevel: string;
  AssessMaturity: string;
  AssessMaturityNone: string;
  TabTemplates: string;
  TplIntro: string;
  TplLeadsOnly: string;
  TplTableLabel: string;
  TplColTitle: string;
  TplColKey: string;
  TplColVersion: string;
  TplColState: string;
  TplColTarget: string;
  TplColActions: string;
  TplStateDraft: string;
  TplStatePublished: string;
  TplStateRetired: string;
  TplNewVersion: string;
  TplEdit: string;
  TplPublish: string;
  TplRetire: string;
  TplDelete: string;
  TplConfirmDelete: string;
  TplNewTemplate: string;
  TplNewKey: string;
  TplNewKeyHint: string;
  TplCreate: string;
  TplPublished: string;
  TplRetired: string;
  TplDeleted: string;
  TplInUse: string;
  TplEditorTitle: string;
  TplLanguage: string;
  TplLangEn: string;
  TplLangFr: string;
  TplLangEs: string;
  TplEnglishReference: string;
  TplTitle: string;
  TplDescription: string;
  TplIncludeObligations: string;
  TplSection: string;
  TplSectionId: string;
  TplSectionTitle: string;
  TplSectionWeight: string;
  TplAddSection: string;
  TplRemoveSection: string;
  TplAddQuestion: string;
  TplRemoveQuestion: string;
  TplQuestion: string;
  TplQuestionId: string;
  TplQuestionText: string;
  TplGuidance: string;
  TplAnswerType: string;
  TplAnswerYesNo: string;
  TplAnswerScale: string;
  TplLevel: string;
  TplWeight: string;
  TplEvidenceRequired: string;
  TplFrameworkRefs: string;
  TplFrameworkRefsHint: string;
  TplCategory: string;
  TplLikelihood: string;
  TplImpact: string;
  TplSave: string;
  TplSaved: string;
  TplFixBeforeSave: string;
  TplFixBeforePublish: string;
  TplWhereSection: string;
  TplWhereQuestion: string;
  TplBody: string;
  TplBodySummary: string;
  /** Template problems by validation code; placeholders {value}, {languageName}. */
  TplIssues: Record<string, string>;
  TplLanguageNames: { en: string; fr: string; es: string };

  ReportTitle: string;
  ReportGenerated: string;
  ReportPrint: string;
  ReportClose: string;
  ReportFigures: string;
  ReportTopRisks: string;
  ReportHeatMap: string;
  ReportAboveAppetite: string;
  ReportOverdue: string;

  OpenRisksTitle: string;
  OpenRisksNone: string;
  OpenRisksLine: string;

  SystemAssessment: ISystemAssessmentStrings;
  CsvHeader: string[];
  FindingsCsvHeader: string[];
}

declare module 'RiskRegisterWebPartStrings' {
  const strings: IRiskRegisterStrings;
  export = strings;
}
