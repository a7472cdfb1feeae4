import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'AccessReviewsWebPartStrings';
import * as sharedStrings from 'GovernanceSuiteStrings';
import { GovernanceWebPartBase } from '../common/GovernanceWebPartBase';
import { createPeopleDirectory } from '../common/createPeopleDirectory';
import type { IPeopleDirectory } from '../../core/people';
import { buildPropertyPane } from './buildPropertyPane';
import type { IAccessReviewsProps } from './components/IAccessReviewsProps';
import type { IAccessReviewsWebPartProps } from './IAccessReviewsWebPartProps';
import { createAccessReviewService } from './services/createAccessReviewService';
import type { IAccessReviewService } from './services/IAccessReviewService';

// The container is its own chunk: the suite's one bundle (libraries, services, web part classes) loads once per page.
const AccessReviews = React.lazy(() => import(/* webpackChunkName: 'access-reviews' */ './components/AccessReviews').then((m) => ({ default: m.AccessReviews })));

/** Thin web part: the access review service over this site's lists and the directory, and the Access Reviews container. */
export default class AccessReviewsWebPart extends GovernanceWebPartBase<IAccessReviewsWebPartProps, IAccessReviewService> {
  private people: IPeopleDirectory | undefined;

  protected createService(): IAccessReviewService {
    const people = createPeopleDirectory(this.context);
    this.people = people;
    return createAccessReviewService(this.context, people);
  }

  protected renderContainer(service: IAccessReviewService, theme: PartialTheme | undefined): React.ReactElement {
    const props: IAccessReviewsProps = { service, strings, shared: sharedStrings, defaultView: this.properties.defaultView, theme, people: this.people };
    return React.createElement(AccessReviews, props);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings);
  }
}
