import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { fluentThemeFrom } from '../common/spfxTheme';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DataInventoryWebPartStrings';
import * as sharedStrings from 'GovernanceSuiteStrings';
import { INVENTORY_COLUMN_KEYS } from '../../ui/inventoryTypes';
import { buildPropertyPane } from './buildPropertyPane';
import { DataInventory } from './components/DataInventory';
import type { IDataInventoryProps } from './components/IDataInventoryProps';
import { DEFAULT_PAGE_SIZE } from './IDataInventoryWebPartProps';
import type { IDataInventoryWebPartProps } from './IDataInventoryWebPartProps';
import { createInventoryService } from './services/createInventoryService';
import type { IInventoryService } from './services/IInventoryService';

/** Thin web part: builds the service once, follows the page's theme, renders the Data Inventory container. */
export default class DataInventoryWebPart extends BaseClientSideWebPart<IDataInventoryWebPartProps> {
  private _service: IInventoryService | undefined;
  private _theme: PartialTheme | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._service = createInventoryService(this.context);
  }

  public render(): void {
    if (!this._service) {
      return;
    }
    const p = this.properties;
    const props: IDataInventoryProps = {
      service: this._service,
      strings: sharedStrings,
      defaultFilters: {
        region: p.defaultRegion || undefined,
        mission: p.defaultMission || undefined,
        department: p.defaultDepartment || undefined
      },
      pageSize: p.pageSize && p.pageSize > 0 ? p.pageSize : DEFAULT_PAGE_SIZE,
      visibleColumns: INVENTORY_COLUMN_KEYS.filter((key) => p.columns?.[key] !== false),
      theme: this._theme
    };
    ReactDom.render(React.createElement(DataInventory, props), this.domElement);
  }

  /**
   * Page and section themes (including dark and high contrast) and the Teams theme arrive here, at start and on
   * every change; the base class re-renders afterwards.
   */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this._theme = fluentThemeFrom(currentTheme);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings, sharedStrings, this.properties);
  }
}
