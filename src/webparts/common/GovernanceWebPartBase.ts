import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { fluentThemeFrom } from './spfxTheme';
import { setUiCulture } from '../../ui/format';

/**
 * What every suite web part does the same way: build its service once in onInit (never per render), follow the
 * page's or Teams' theme, render one container, unmount it on dispose. Subclasses only say which service and
 * which container, and build their property pane.
 */
export abstract class GovernanceWebPartBase<TProperties extends object, TService> extends BaseClientSideWebPart<TProperties> {
  private _service: TService | undefined;
  private _theme: PartialTheme | undefined;

  /** The container's service, over the production data layer for this web part's context. */
  protected abstract createService(): TService;

  /** The one container this web part shows. */
  protected abstract renderContainer(service: TService, theme: PartialTheme | undefined): React.ReactElement;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // Figures, dates and plurals follow the page's UI language (the loc strings' language), not the browser's;
    // `lang` tells assistive technology which language the web part speaks (WCAG 3.1.1 / 3.1.2).
    const culture = this.context.pageContext.cultureInfo.currentUICultureName;
    setUiCulture(culture);
    this.domElement.lang = culture;
    this._service = this.createService();
  }

  public render(): void {
    if (this._service === undefined) {
      return;
    }
    // Containers are lazy chunks (see each web part): a spinner holds their place while one arrives.
    const container = React.createElement(React.Suspense, { fallback: React.createElement(Spinner) }, this.renderContainer(this._service, this._theme));
    ReactDom.render(container, this.domElement);
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
}
