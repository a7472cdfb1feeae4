/** Strings of the Purview label check: grid columns, badges, filters, details section, the "Check labels" dialog. */
declare interface ILabelCheckStrings {
  ColumnLabel: string;
  ColumnDrift: string;
  ColumnSharing: string;
  /** Accessible name of a record's label cell: {0} label. */
  LabelOf: string;
  NoLabel: string;
  Drift: { [state: string]: string };
  AccessFlags: { [flag: string]: string };
  Overshared: string;
  NoSharingFound: string;
  SharingUnknown: string;
  Reasons: { [reason: string]: string };
  FilterDrift: string;
  FilterOvershared: string;
  DetailsTitle: string;
  DetailsLabel: string;
  DetailsDrift: string;
  DetailsSharing: string;
  /** {0} date and time. */
  DetailsCheckedOn: string;
  DetailsReason: string;
  DetailsNeverChecked: string;
  CheckLabels: string;
  CheckLabelsNoPermission: string;
  DialogTitle: string;
  DialogIntro: string;
  ScopeLabel: string;
  ScopeMission: string;
  /** {0} selected records. */
  ScopeSelected: string;
  ScopeSelectedNone: string;
  MissionLabel: string;
  MissionPlaceholder: string;
  Start: string;
  ReadingRecords: string;
  /** {0} done, {1} total. */
  Progress: string;
  ProgressLabel: string;
  Cancelling: string;
  NothingToCheck: string;
  /** {0} checked, {1} not checkable, {2} failed. */
  Done: string;
  /** {0} records checked and saved. */
  Cancelled: string;
  Outcome: { [outcome: string]: string };
  ReportTitle: string;
  DownloadReport: string;
  ReportFileName: string;
  ReportHeaders: { [column: string]: string };
  /** A record's write failed: {0} the error text. */
  WriteFailed: string;
  SelectRow: string;
  SelectAllRows: string;
}

declare module 'LabelCheckStrings' {
  const strings: ILabelCheckStrings;
  export = strings;
}
