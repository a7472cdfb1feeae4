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
  // The grid's toolbar (issue 24): column chooser, record count, saved views.
  /** The column chooser button. */
  ColumnsButton: string;
  ColumnsMenuLabel: string;
  /** {1} records shown of {0} matching (plural forms chosen by the total, {0}). */
  RecordsShownOfTotal: { one: string; other: string };
  /** {0} shown; the total is not known without reading every match. */
  RecordsShownMore: string;
  SavedViewsLabel: string;
  SavedViewsPlaceholder: string;
  SaveViewButton: string;
  SaveViewDialogTitle: string;
  SaveViewDialogText: string;
  ViewNameLabel: string;
  DeleteViewButton: string;
  /** Announced after saving; {0} is the view name. */
  ViewSaved: string;
  ViewApplied: string;
  ViewDeleted: string;
}

declare module 'DataInventoryWebPartStrings' {
  const strings: IDataInventoryWebPartStrings;
  export = strings;
}
