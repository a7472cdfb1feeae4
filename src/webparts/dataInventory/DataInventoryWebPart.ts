import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'DataInventoryWebPartStrings';
import { DataInventoryShell } from './components/DataInventoryShell';

/** Thin web part: renders one container; services are wired here once they exist. */
export default class DataInventoryWebPart extends BaseClientSideWebPart<Record<string, never>> {
  public render(): void {
    ReactDom.render(React.createElement(DataInventoryShell, { strings }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [{ groupName: strings.SettingsGroupName, groupFields: [] }] }] };
  }
}
