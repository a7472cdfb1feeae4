define([], function () {
  return {
    PropertyPaneDescription: 'Data inventory: datasets with their owner, custodian, location and sensitivity.',
    SettingsGroupName: 'Settings',
    Title: 'Data inventory',
    NotYetAvailable: 'The inventory grid is not part of this release yet. The lists it reads are provisioned by the suite\'s setup (see the README).'
  };
});
