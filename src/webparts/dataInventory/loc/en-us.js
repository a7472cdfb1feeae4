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
    ColumnsGroupName: 'Columns shown'
  };
});
