import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { fluentThemeFrom } from '../common/spfxTheme';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import * as sharedStrings from 'GovernanceSuiteStrings';
import { SCORECARD_TILE_KEYS } from '../../ui/scorecard/scorecardTypes';
import { buildPropertyPane } from './buildPropertyPane';
import { HealthScorecard } from './components/HealthScorecard';
import type { IHealthScorecardProps } from './components/IHealthScorecardProps';
import type { IHealthScorecardWebPartProps } from './IHealthScorecardWebPartProps';
import { createScorecardService } from './services/createScorecardService';
import type { IScorecardService } from './services/IScorecardService';

/** Thin web part: builds the service once, follows the page's theme, renders the Health Scorecard container. */
export default class HealthScorecardWebPart extends BaseClientSideWebPart<IHealthScorecardWebPartProps> {
  private _service: IScorecardService | undefined;
  private _theme: PartialTheme | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._service = createScorecardService(this.context);
  }

  public render(): void {
    if (!this._service) {
      return;
    }
    const p = this.properties;
    const kind = p.scopeKind ?? 'organisation';
    const value = p.scopeValue?.trim();
    const props: IHealthScorecardProps = {
      service: this._service,
      strings: sharedStrings,
      // A region or mission without a name falls back to the organisation rather than an empty scope.
      scope: kind !== 'organisation' && value ? { kind, value } : { kind: 'organisation' },
      visibleTiles: SCORECARD_TILE_KEYS.filter((key) => p.tiles?.[key] !== false),
      theme: this._theme
    };
    ReactDom.render(React.createElement(HealthScorecard, props), this.domElement);
  }

  /** Page, section and Teams themes arrive here, at start and on every change; the base class re-renders afterwards. */
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
