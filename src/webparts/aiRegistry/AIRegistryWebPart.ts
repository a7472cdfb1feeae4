import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'AIRegistryWebPartStrings';
import * as suiteStrings from 'GovernanceSuiteStrings';
import { GovernanceWebPartBase } from '../common/GovernanceWebPartBase';
import { createPeopleDirectory } from '../common/createPeopleDirectory';
import type { IPeopleDirectory } from '../../core/people';
import { buildPropertyPane } from './buildPropertyPane';
import { AIRegistry } from './components/AIRegistry';
import type { IAIRegistryProps } from './components/IAIRegistryProps';
import { DEFAULT_PAGE_SIZE } from './IAIRegistryWebPartProps';
import type { IAIRegistryWebPartProps } from './IAIRegistryWebPartProps';
import { createAIRegistryService } from './services/createAIRegistryService';
import type { IAIRegistryService } from './services/IAIRegistryService';

/** Thin web part: the registry service over this site's lists, and the AI Registry container. */
export default class AIRegistryWebPart extends GovernanceWebPartBase<IAIRegistryWebPartProps, IAIRegistryService> {
  private people: IPeopleDirectory | undefined;

  protected createService(): IAIRegistryService {
    const people = createPeopleDirectory(this.context);
    this.people = people;
    return createAIRegistryService(this.context, this.properties.leadGroup || undefined, people);
  }

  protected renderContainer(service: IAIRegistryService, theme: PartialTheme | undefined): React.ReactElement {
    const pageSize = this.properties.pageSize && this.properties.pageSize > 0 ? this.properties.pageSize : DEFAULT_PAGE_SIZE;
    const props: IAIRegistryProps = { service, strings, suiteStrings, pageSize, theme, people: this.people };
    return React.createElement(AIRegistry, props);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings);
  }
}
