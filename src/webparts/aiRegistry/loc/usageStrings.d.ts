/** Strings of the AI Registry's usage monitoring tab (issue 9): import of usage exports, findings, summary. */
declare interface IAIUsageStrings {
  TabRegister: string;
  TabUsage: string;
  Title: string;
  Intro: string;
  Import: string;
  ExportSummary: string;
  ExportDone: string;
  PrintView: string;
  Refresh: string;
  LeadsOnlyNote: string;
  NoData: string;

  SummaryTitle: string;
  SummaryPeriod: string;
  SummaryPrevious: string;
  Figures: Record<'toolsInUse' | 'registeredShare' | 'unregistered' | 'unapprovedInUse' | 'highRiskUnverified' | 'aiUsers' | 'usersOfUnregistered', string>;
  TopDepartments: string;
  NoDepartments: string;
  NotApplicable: string;

  QueueTitle: string;
  QueueAriaLabel: string;
  QueueEmpty: string;
  QueueShown: string;
  ShowLabel: string;
  Show: Record<'open' | 'dismissed' | 'all', string>;
  Columns: Record<'app' | 'findings' | 'users' | 'trend' | 'departments' | 'registry' | 'triage' | 'actions', string>;
  Findings: Record<'unregistered' | 'unapproved' | 'highRiskUnverified', string>;
  Trends: Record<'new' | 'up' | 'down' | 'flat' | 'gone', string>;
  NotInRegistry: string;
  MoreDepartments: string;
  Decisions: Record<'Open' | 'Not AI' | 'Ignored', string>;
  AssignedTo: string;
  Unassigned: string;

  Register: string;
  RegisterAria: string;
  MarkNotAi: string;
  Ignore: string;
  Assign: string;
  Reopen: string;
  ActionAria: string;
  ReasonTitleNotAi: string;
  ReasonTitleIgnore: string;
  ReasonLabel: string;
  ReasonRequired: string;
  AssignTitle: string;
  PeopleSearchLabel: string;
  PeopleSearch: string;
  PeopleNoResults: string;
  PeopleResults: string;
  Unassign: string;
  TriageSaved: string;
  Registered: string;

  CsvFileName: string;
  CsvFigure: string;
  CsvValue: string;
  CsvFindingsTitle: string;
  CsvDepartment: string;
  PrintTitle: string;
  PrintGenerated: string;
  PrintClose: string;

  ImportTitle: string;
  Layouts: Record<'defender' | 'generic', string>;
  MapIntro: string;
  ColumnNames: Record<'app' | 'domain' | 'category' | 'riskScore' | 'users' | 'transactions' | 'traffic' | 'upload' | 'download' | 'department' | 'periodStart' | 'periodEnd', string>;
  MapMissing: string;
  MapTwice: string;
  PeriodIntro: string;
  PeriodFromFile: string;
  PeriodStart: string;
  PeriodEnd: string;
  PeriodInvalid: string;
  PreviewSummary: string;
  PreviewPeriod: string;
  PreviewNothing: string;
  /** Plural forms (formatPlural): the count is {0} / {count}. */
  RunButton: { one: string; other: string };
  ReportPeriod: Record<'replaced' | 'failed' | 'cancelled' | 'notRun', string>;
  Issues: Record<
    'required' | 'invalidNumber' | 'invalidSize' | 'outOfRange' | 'invalidDate' | 'invalidDomain' | 'periodMissing' | 'periodOrder' | 'tooLong'
    | 'duplicateInFile' | 'periodRolledBack' | 'server',
    string
  >;
}

declare module 'AIUsageStrings' {
  const strings: IAIUsageStrings;
  export = strings;
}
