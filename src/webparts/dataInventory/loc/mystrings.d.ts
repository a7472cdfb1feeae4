declare interface IDataInventoryWebPartStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  Title: string;
  NotYetAvailable: string;
}

declare module 'DataInventoryWebPartStrings' {
  const strings: IDataInventoryWebPartStrings;
  export = strings;
}
