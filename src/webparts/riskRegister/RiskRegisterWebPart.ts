import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'RiskRegisterWebPartStrings';
import * as sharedStrings from 'GovernanceSuiteStrings';
import { GovernanceWebPartBase } from '../common/GovernanceWebPartBase';
import { createPeopleDirectory } from '../common/createPeopleDirectory';
import type { IPeopleDirectory } from '../../core/people';
import { buildPropertyPane } from './buildPropertyPane';
import type { IRiskRegisterProps } from './components/IRiskRegisterProps';
import type { IRiskRegisterWebPartProps } from './IRiskRegisterWebPartProps';
import { createRiskService } from './services/createRiskService';
import type { IRiskService } from './services/IRiskService';

// The container is its own chunk: the suite's one bundle (libraries, services, web part classes) loads once per page.
const RiskRegister = React.lazy(() => import(/* webpackChunkName: 'risk-register' */ './components/RiskRegister').then((m) => ({ default: m.RiskRegister })));

/** Thin web part: the risk service over this site's lists, and the Risk Register container. */
export default class RiskRegisterWebPart extends GovernanceWebPartBase<IRiskRegisterWebPartProps, IRiskService> {
  private people: IPeopleDirectory | undefined;

  protected createService(): IRiskService {
    const people = createPeopleDirectory(this.context);
    this.people = people;
    return createRiskService(this.context, people);
  }

  protected renderContainer(service: IRiskService, theme: PartialTheme | undefined): React.ReactElement {
    const props: IRiskRegisterProps = { service, strings, shared: sharedStrings, defaultTab: this.properties.defaultTab, theme, people: this.people };
    return React.createElement(RiskRegister, props);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings);
  }
}
