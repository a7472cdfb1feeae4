import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PrivacyRegisterWebPartStrings';
import * as aiStrings from 'AIRegistryWebPartStrings';
import * as sharedStrings from 'GovernanceSuiteStrings';
import type { IPeopleDirectory } from '../../core/people';
import { GovernanceWebPartBase } from '../common/GovernanceWebPartBase';
import { createPeopleDirectory } from '../common/createPeopleDirectory';
import { buildPropertyPane } from './buildPropertyPane';
import type { IPrivacyRegisterProps } from './components/IPrivacyRegisterProps';
import type { IPrivacyRegisterWebPartProps } from './IPrivacyRegisterWebPartProps';
import { createPrivacyService } from './services/createPrivacyService';
import type { IPrivacyService } from './services/IPrivacyService';

// The container is its own chunk: the suite's one bundle (libraries, services, web part classes) loads once per page.
const PrivacyRegister = React.lazy(() => import(/* webpackChunkName: 'privacy-register' */ './components/PrivacyRegister').then((m) => ({ default: m.PrivacyRegister })));

/** Thin web part: the privacy service over this site's lists, and the Privacy Register container. */
export default class PrivacyRegisterWebPart extends GovernanceWebPartBase<IPrivacyRegisterWebPartProps, IPrivacyService> {
  private people: IPeopleDirectory | undefined;

  protected createService(): IPrivacyService {
    const people = createPeopleDirectory(this.context);
    this.people = people;
    return createPrivacyService(this.context, people);
  }

  protected renderContainer(service: IPrivacyService, theme: PartialTheme | undefined): React.ReactElement {
    const props: IPrivacyRegisterProps = { service, strings, shared: sharedStrings, aiStrings, defaultDpiaFilter: this.properties.defaultDpiaFilter, theme, people: this.people };
    return React.createElement(PrivacyRegister, props);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings);
  }
}
