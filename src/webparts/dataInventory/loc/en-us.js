define([], function () {
  return {
    PropertyPaneDescription: 'Data inventory: datasets with their owner, custodian, location and sensitivity.',
    DefaultFiltersGroupName: 'Default filters',
    DefaultFilterDescription: 'Use the exact names of the Missions list. Readers can still change the filters.',
    DefaultRegionLabel: 'Region',
    DefaultMissionLabel: 'Mission',
    DefaultDepartmentLabel: 'Department',
    DisplayGroupName: 'Display',
    PageSizeLabel: 'Records per page',
    ColumnsGroupName: 'Columns readers can choose',
    ColumnsButton: 'Columns',
    ColumnsMenuLabel: 'Columns shown in the grid',
    RecordsShownOfTotal: { one: '{1} of {0} record shown', other: '{1} of {0} records shown' },
    RecordsShownMore: '{0} shown, more available',
    SavedViewsLabel: 'Saved views',
    SavedViewsPlaceholder: 'Choose a saved view',
    SaveViewButton: 'Save view',
    SaveViewDialogTitle: 'Save the current view',
    SaveViewDialogText: 'Saves the filters, sort and columns under a name, in this browser, for you on this site. A view with the same name is replaced.',
    ViewNameLabel: 'View name',
    DeleteViewButton: 'Delete view',
    ViewSaved: 'View "{0}" saved.',
    ViewApplied: 'View "{0}" applied.',
    ViewDeleted: 'View "{0}" deleted.'
  };
});
