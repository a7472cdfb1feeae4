import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'GovernanceRolesWebPartStrings';
import * as sharedStrings from 'GovernanceSuiteStrings';
import type { IPeopleDirectory } from '../../core/people';
import { GovernanceWebPartBase } from '../common/GovernanceWebPartBase';
import { createPeopleDirectory } from '../common/createPeopleDirectory';
import { buildPropertyPane } from './buildPropertyPane';
import type { IGovernanceRolesProps } from './components/IGovernanceRolesProps';
import type { IGovernanceRolesWebPartProps } from './IGovernanceRolesWebPartProps';
import { createGovernanceRolesService } from './services/createGovernanceRolesService';
import type { IGovernanceRolesService } from './services/IGovernanceRolesService';

// The container is its own chunk: the suite's one bundle (libraries, services, web part classes) loads once per page.
const GovernanceRoles = React.lazy(() => import(/* webpackChunkName: 'governance-roles' */ './components/GovernanceRoles').then((m) => ({ default: m.GovernanceRoles })));

/** Thin web part: the roles service over this site's lists, and the Governance roles container. */
export default class GovernanceRolesWebPart extends GovernanceWebPartBase<IGovernanceRolesWebPartProps, IGovernanceRolesService> {
  private people: IPeopleDirectory | undefined;

  protected createService(): IGovernanceRolesService {
    const people = createPeopleDirectory(this.context);
    this.people = people;
    return createGovernanceRolesService(this.context, people);
  }

  protected renderContainer(service: IGovernanceRolesService, theme: PartialTheme | undefined): React.ReactElement {
    const props: IGovernanceRolesProps = { service, strings, shared: sharedStrings, theme, people: this.people };
    return React.createElement(GovernanceRoles, props);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings);
  }
}
