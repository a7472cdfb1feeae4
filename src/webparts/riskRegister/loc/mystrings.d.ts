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

  CsvHeader: string[];
  FindingsCsvHeader: string[];
}

declare module 'RiskRegisterWebPartStrings' {
  const strings: IRiskRegisterStrings;
  export = strings;
}
