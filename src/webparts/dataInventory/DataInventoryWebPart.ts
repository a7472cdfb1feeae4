import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DataInventoryWebPartStrings';
import * as sharedStrings from 'GovernanceSuiteStrings';
import { INVENTORY_COLUMN_KEYS } from '../../ui/inventoryTypes';
import { GovernanceWebPartBase } from '../common/GovernanceWebPartBase';
import { createPeopleDirectory } from '../common/createPeopleDirectory';
import type { IPeopleDirectory } from '../../core/people';
import { buildPropertyPane } from './buildPropertyPane';
import type { IDataInventoryProps } from './components/IDataInventoryProps';
import { preferencesKey } from './components/inventoryPreferences';
import { DEFAULT_PAGE_SIZE } from './IDataInventoryWebPartProps';
import type { IDataInventoryWebPartProps } from './IDataInventoryWebPartProps';
import { createImportService } from './services/createImportService';
import { createQualityImportService } from './services/createQualityImportService';
import type { IQualityImportService } from '../../ui/quality/qualityImportServiceTypes';
import { createInventoryService } from './services/createInventoryService';
import type { IImportService } from './services/IImportService';
import type { IInventoryService } from './services/IInventoryService';
import { createNominationService } from './services/createNominationService';
import { createLabelCheckRunner } from './services/createLabelCheckRunner';
import type { ILabelCheckRunner } from '../../ui/labels/ILabelCheckRunner';
import type { INominationService } from '../../ui/ownership/INominationService';

// The container is its own chunk: the suite's one bundle (libraries, services, web part classes) loads once per page.
const DataInventory = React.lazy(() => import(/* webpackChunkName: 'data-inventory' */ './components/DataInventory').then((m) => ({ default: m.DataInventory })));

/** Thin web part: the inventory service over this site's lists, and the Data Inventory container. */
export default class DataInventoryWebPart extends GovernanceWebPartBase<IDataInventoryWebPartProps, IInventoryService> {
  private importService: IImportService | undefined;
  private qualityImportService: IQualityImportService | undefined;
  private nominations: INominationService | undefined;
  private people: IPeopleDirectory | undefined;
  private labelCheck: ILabelCheckRunner | undefined;

  protected createService(): IInventoryService {
    // Called once, from onInit: the rollout kit's and the nominations' services are built beside the inventory's.
    // One people directory (Graph people, photos, ensureUser) shared by the services and the container.
    const people = createPeopleDirectory(this.context);
    this.people = people;
    this.importService = createImportService(this.context, people);
    this.qualityImportService = createQualityImportService(this.context);
    this.nominations = createNominationService(this.context, people);
    this.labelCheck = createLabelCheckRunner(this.context);
    return createInventoryService(this.context, people);
  }

  protected renderContainer(service: IInventoryService, theme: PartialTheme | undefined): React.ReactElement {
    const p = this.properties;
    const props: IDataInventoryProps = {
      service,
      importService: this.importService,
      qualityImportService: this.qualityImportService,
      strings: sharedStrings,
      defaultFilters: {
        region: p.defaultRegion || undefined,
        mission: p.defaultMission || undefined,
        department: p.defaultDepartment || undefined
      },
      pageSize: p.pageSize && p.pageSize > 0 ? p.pageSize : DEFAULT_PAGE_SIZE,
      visibleColumns: INVENTORY_COLUMN_KEYS.filter((key) => p.columns?.[key] !== false),
      preferencesKey: preferencesKey(this.context.pageContext.web.absoluteUrl, this.context.pageContext.user.loginName),
      theme,
      nominations: this.nominations,
      people: this.people,
      labelCheck: this.labelCheck
    };
    return React.createElement(DataInventory, props);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings, sharedStrings, this.properties);
  }
}
