/** Strings of the Health Scorecard web part itself (property pane); shared UI strings live in GovernanceSuiteStrings. */
declare interface IHealthScorecardWebPartStrings {
  PropertyPaneDescription: string;
  ScopeGroupName: string;
  ScopeKindLabel: string;
  ScopeKindOrganisation: string;
  ScopeKindRegion: string;
  ScopeKindMission: string;
  ScopeValueLabel: string;
  ScopeValueDescription: string;
  TilesGroupName: string;
}

declare module 'HealthScorecardWebPartStrings' {
  const strings: IHealthScorecardWebPartStrings;
  export = strings;
}
