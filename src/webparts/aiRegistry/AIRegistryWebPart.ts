import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'AIRegistryWebPartStrings';
import * as usageStrings from 'AIUsageStrings';
import * as suiteStrings from 'GovernanceSuiteStrings';
import { GovernanceWebPartBase } from '../common/GovernanceWebPartBase';
import { createPeopleDirectory } from '../common/createPeopleDirectory';
import type { IPeopleDirectory } from '../../core/people';
import { buildPropertyPane } from './buildPropertyPane';
import type { IAIRegistryProps } from './components/IAIRegistryProps';
import { DEFAULT_PAGE_SIZE } from './IAIRegistryWebPartProps';
import type { IAIRegistryWebPartProps } from './IAIRegistryWebPartProps';
import { createAIRegistryServices, type AIRegistryServices } from './services/createAIRegistryService';

// The container is its own chunk: the suite's one bundle (libraries, services, web part classes) loads once per page.
const AIRegistry = React.lazy(() => import(/* webpackChunkName: 'ai-registry' */ './components/AIRegistry').then((m) => ({ default: m.AIRegistry })));

/** Thin web part: the registry and usage monitoring services over this site's lists, and the AI Registry container. */
export default class AIRegistryWebPart extends GovernanceWebPartBase<IAIRegistryWebPartProps, AIRegistryServices> {
  private people: IPeopleDirectory | undefined;

  protected createService(): AIRegistryServices {
    const people = createPeopleDirectory(this.context);
    this.people = people;
    return createAIRegistryServices(this.context, people);
  }

  protected renderContainer(services: AIRegistryServices, theme: PartialTheme | undefined): React.ReactElement {
    const pageSize = this.properties.pageSize && this.properties.pageSize > 0 ? this.properties.pageSize : DEFAULT_PAGE_SIZE;
    const props: IAIRegistryProps = {
      service: services.registry,
      strings,
      suiteStrings,
      pageSize,
      theme,
      people: this.people,
      usage: { service: services.usage, strings: usageStrings },
      frameworks: { service: services.frameworks },
      literacy: { service: services.literacy }
    };
    return React.createElement(AIRegistry, props);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings);
  }
}
