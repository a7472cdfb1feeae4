import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OwnershipStrings';
import * as sharedStrings from 'GovernanceSuiteStrings';
import { GovernanceWebPartBase } from '../common/GovernanceWebPartBase';
import { createPeopleDirectory } from '../common/createPeopleDirectory';
import type { IPeopleDirectory } from '../../core/people';
import { buildPropertyPane } from './buildPropertyPane';
import type { IOwnershipApprovalsProps } from './components/IOwnershipApprovalsProps';
import type { IOwnershipApprovalsWebPartProps } from './IOwnershipApprovalsWebPartProps';
import { createOwnershipApprovalsService } from './services/createOwnershipApprovalsService';
import type { IOwnershipApprovalsService } from './services/IOwnershipApprovalsService';

// The container is its own chunk: the suite's one bundle (libraries, services, web part classes) loads once per page.
const OwnershipApprovals = React.lazy(() => import(/* webpackChunkName: 'ownership-approvals' */ './components/OwnershipApprovals').then((m) => ({ default: m.OwnershipApprovals })));

/** Thin web part (SharePoint page, Teams tab, Teams personal app): the approvals service and its container. */
export default class OwnershipApprovalsWebPart extends GovernanceWebPartBase<IOwnershipApprovalsWebPartProps, IOwnershipApprovalsService> {
  private people: IPeopleDirectory | undefined;

  protected createService(): IOwnershipApprovalsService {
    // The queue shows nominees and requesters as directory personas.
    this.people = createPeopleDirectory(this.context);
    return createOwnershipApprovalsService(this.context);
  }

  protected renderContainer(service: IOwnershipApprovalsService, theme: PartialTheme | undefined): React.ReactElement {
    const props: IOwnershipApprovalsProps = { service, strings: sharedStrings, theme, people: this.people };
    return React.createElement(OwnershipApprovals, props);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings);
  }
}
