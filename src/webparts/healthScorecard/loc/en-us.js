define([], function () {
  return {
    PropertyPaneDescription: 'Data Health Scorecard: governance maturity and inventory rollout at a glance.',
    ScopeGroupName: 'Scope',
    ScopeKindLabel: 'Show',
    ScopeKindOrganisation: 'The whole organisation',
    ScopeKindRegion: 'One region',
    ScopeKindMission: 'One mission',
    ScopeValueLabel: 'Region or mission name',
    ScopeValueDescription: 'Use the exact name of the Missions list.',
    TilesGroupName: 'Tiles shown'
  };
});
