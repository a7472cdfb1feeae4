/** Strings of the Data Inventory web part itself (property pane); shared UI strings live in GovernanceSuiteStrings. */
declare interface IDataInventoryWebPartStrings {
  PropertyPaneDescription: string;
  DefaultFiltersGroupName: string;
  DefaultFilterDescription: string;
  DefaultRegionLabel: string;
  DefaultMissionLabel: string;
  DefaultDepartmentLabel: string;
  DisplayGroupName: string;
  PageSizeLabel: string;
  ColumnsGroupName: string;
}

declare module 'DataInventoryWebPartStrings' {
  const strings: IDataInventoryWebPartStrings;
  export = strings;
}
