import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import * as sharedStrings from 'GovernanceSuiteStrings';
import { SCORECARD_TILE_KEYS } from '../../ui/scorecard/scorecardTypes';
import { GovernanceWebPartBase } from '../common/GovernanceWebPartBase';
import { buildPropertyPane } from './buildPropertyPane';
import type { IHealthScorecardProps } from './components/IHealthScorecardProps';
import type { IHealthScorecardWebPartProps } from './IHealthScorecardWebPartProps';
import { createScorecardService } from './services/createScorecardService';
import type { IScorecardService } from './services/IScorecardService';
import { createAccessFiguresSource } from './services/AccessFiguresSource';
import type { IAccessFiguresSource } from './services/IAccessFiguresSource';
import { createLiteracyFiguresSource } from './services/LiteracyFiguresSource';
import type { ILiteracyFiguresSource } from './services/ILiteracyFiguresSource';
import { createQualityFiguresSource } from './services/QualityFiguresSource';
import type { IQualityFiguresSource } from './services/IQualityFiguresSource';
import { createPrivacyFiguresSource } from './services/PrivacyFiguresSource';
import type { IPrivacyFiguresSource } from './services/IPrivacyFiguresSource';

// The container is its own chunk: the suite's one bundle (libraries, services, web part classes) loads once per page.
const HealthScorecard = React.lazy(() => import(/* webpackChunkName: 'health-scorecard' */ './components/HealthScorecard').then((m) => ({ default: m.HealthScorecard })));

/** Thin web part: the scorecard service over this site's lists, and the Health Scorecard container. */
export default class HealthScorecardWebPart extends GovernanceWebPartBase<IHealthScorecardWebPartProps, IScorecardService> {
  private access: IAccessFiguresSource | undefined;
  private privacy: IPrivacyFiguresSource | undefined;
  private literacy: ILiteracyFiguresSource | undefined;
  private quality: IQualityFiguresSource | undefined;

  protected createService(): IScorecardService {
    this.access = createAccessFiguresSource(this.context);
    this.privacy = createPrivacyFiguresSource(this.context);
    this.literacy = createLiteracyFiguresSource(this.context);
    this.quality = createQualityFiguresSource(this.context);
    return createScorecardService(this.context);
  }

  protected renderContainer(service: IScorecardService, theme: PartialTheme | undefined): React.ReactElement {
    const p = this.properties;
    const kind = p.scopeKind ?? 'organisation';
    const value = p.scopeValue?.trim();
    const props: IHealthScorecardProps = {
      service,
      strings: sharedStrings,
      // A region or mission without a name falls back to the organisation rather than an empty scope.
      scope: kind !== 'organisation' && value ? { kind, value } : { kind: 'organisation' },
      visibleTiles: SCORECARD_TILE_KEYS.filter((key) => p.tiles?.[key] !== false),
      grouping: p.grouping ?? 'auto',
      inventoryPageUrl: p.inventoryPageUrl?.trim() || undefined,
      theme,
      access: this.access,
      privacy: this.privacy,
      literacy: this.literacy,
      quality: this.quality
    };
    return React.createElement(HealthScorecard, props);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(strings, sharedStrings, this.properties);
  }
}
