/**
 * Strings of ownership attestation (resource module `OwnershipStrings`): the Ownership Approvals web part, its
 * property pane, and the Data Inventory's nomination UI. Shared words (Yes, Close, errors, ownership statuses,
 * field labels) come from GovernanceSuiteStrings. Placeholders `{0}`, `{1}`... are positional.
 */
declare interface IOwnershipStrings {
  // Property pane
  PropertyPaneDescription: string;
  /** Property pane: who the governance leads are, and why that is not a page setting. */
  LeadsGroupNote: string;

  // Approvals header and tabs
  ApprovalsTitle: string;
  SignedInAs: string;
  CountsSummary: string;
  TabPending: string;
  TabReattestations: string;
  TabPast: string;
  TabAnomalies: string;
  QueueLoading: string;
  EmptyPending: string;
  EmptyReattestations: string;
  EmptyPast: string;
  EmptyAnomalies: string;

  // Queue items
  ItemAriaLabel: string;
  SelectItem: string;
  RequestedBy: string;
  DueOn: string;
  NoDueDate: string;
  OverdueBadge: string;
  ShowDetails: string;
  DetailsAria: string;
  LocationTeams: string;
  /** `{0}` is the file's name. */
  LocationOneDrive: string;
  LocationOneDriveRoot: string;
  QueueSearchLabel: string;
  QueueSearchPlaceholder: string;
  SortLabel: string;
  SortDue: string;
  SortTitle: string;
  SortMission: string;
  SelectAllShown: string;
  ShownCount: string;
  NoMatches: string;
  MessageLabel: string;
  PersonalDataLabel: string;
  CurrentOwner: string;
  Location: string;
  ApprovedOnExpiresOn: string;
  ExpiredOn: string;
  AwaitingReattestationRequest: string;
  Approve: string;
  ApproveAria: string;
  Decline: string;
  DeclineAria: string;
  ConfirmDecline: string;
  DeclineCommentLabel: string;
  Deciding: string;
  ApproveSelected: string;
  ApprovedAnnouncement: string;
  DeclinedAnnouncement: string;
  BulkResult: string;
  BulkFailures: string;

  // Past decisions
  DecisionApprove: string;
  DecisionDecline: string;
  DecidedOn: string;
  Counted: string;
  NotCounted: string;

  // Decision problems (core codes)
  IssueInvalidDecision: string;
  IssueCommentRequired: string;
  IssueCommentTooLong: string;
  IssueOwnNomination: string;
  IssueNotNominee: string;
  IssueRequestClosed: string;

  // Anomalies (leads)
  AnomaliesIntro: string;
  AnomaliesTableLabel: string;
  ColumnAsset: string;
  ColumnDecision: string;
  ColumnMadeBy: string;
  ColumnNominee: string;
  ColumnRequester: string;
  ColumnDate: string;
  ColumnReason: string;
  ReasonRequestNotFound: string;
  ReasonRequestMismatch: string;
  ReasonMissingAuthor: string;
  ReasonMissingCreated: string;
  ReasonAuthorNotNominee: string;
  ReasonSelfNomination: string;
  DecisionAnomaliesTitle: string;
  StatusAnomaliesTitle: string;
  StatusAnomaliesIntro: string;
  StatusAnomaliesTableLabel: string;
  EmptyStatusAnomalies: string;
  ColumnStoredStatus: string;
  ColumnDerivedStatus: string;
  OpenRecordInList: string;
  Recompute: string;
  RecomputeHint: string;
  RecomputeProgress: string;
  RecomputeDone: string;

  // Nomination (Data Inventory)
  Nominate: string;
  NominateTitle: string;
  NominateBulk: string;
  NominateBulkTitle: string;
  NominateBulkScope: string;
  NominateBulkLimit: string;
  NomineeLabel: string;
  DueDateLabel: string;
  NominationMessageLabel: string;
  SendNomination: string;
  SendNominations: string;
  Sending: string;
  NominationSent: string;
  CustodianAskedOnCreate: string;
  CustodianNotAskedOnCreate: string;
  CustodianSelfNamedOnCreate: string;
  BulkNominationResult: string;
  BulkNominationRowOk: string;
  BulkNominationRowFailed: string;
  // Routing by the governance roles (issue 19): who the RACI asks to decide a nomination
  RouteHeading: string;
  RouteLoading: string;
  RouteChoiceLabel: string;
  RouteChoiceRouted: string;
  RouteChoiceOther: string;
  RouteDecider: string;
  RouteDeciderNamed: string;
  RouteInformed: string;
  RouteLevelRecord: string;
  RouteLevelMission: string;
  RouteLevelRegion: string;
  RouteLevelDepartment: string;
  RouteLevelOrganisation: string;
  RouteViaGroup: string;
  RouteFallback: string;
  RouteGroupName: string;
  RouteUnavailable: string;
  IssueNoDecider: string;
  BulkRouteChoiceRouted: string;
  BulkRouteChoiceOther: string;
  /** {0} records to {1} (plural forms chosen by the number of records). */
  BulkRouteGroup: { one: string; other: string };
  /** {0} records nobody but you could decide (plural forms chosen by the number of records). */
  BulkRouteNoDecider: { one: string; other: string };
  BulkNominationRowSentTo: string;
  BulkNominationRowNoDecider: string;
  IssueNomineeRequired: string;
  IssueSelfNomination: string;
  IssueDueDateInvalid: string;
  IssueDueDatePast: string;
  IssueMessageTooLong: string;

  // Ownership in the details panel
  OwnershipSectionTitle: string;
  ConfirmedOnBy: string;
  ExpiredOnBy: string;
  ValidUntil: string;
  PendingWith: string;
  NoOwnershipDecision: string;
  FlaggedDecisions: string;
}

declare module 'OwnershipStrings' {
  const strings: IOwnershipStrings;
  export = strings;
}
