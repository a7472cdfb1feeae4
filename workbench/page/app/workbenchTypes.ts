import type * as React from 'react';
import type { ITheme as Theme } from '@fluentui/react/lib/Styling';

/** A demo user the workbench can sign in as (served by the workbench at /_workbench/users). */
export interface WorkbenchUser {
  readonly loginName: string;
  readonly title: string;
  readonly role: 'admin' | 'lead' | 'focalPoint' | 'custodian' | 'reviewer' | 'staff' | 'dpo';
  readonly jobTitle: string;
}

export type WorkbenchView = 'sharepoint' | 'teams';

/** What a hosted web part gets: the same things SPFx would give it (site URL, theme, host). */
export interface WorkbenchContext {
  readonly siteUrl: string;
  readonly user: WorkbenchUser;
  readonly theme: Theme;
  readonly view: WorkbenchView;
  /** The UI culture ("fr-FR"), as SPFx's pageContext.cultureInfo.currentUICultureName. */
  readonly culture: string;
}

/** A web part hosted on the page: renders its container with services built for this context. */
export interface WorkbenchWebPart {
  readonly key: string;
  readonly title: string;
  /** Shown in the Teams-tab view (a Teams tab or personal app); the Teams view shows every web part when none is. */
  readonly teams?: boolean;
  /** Called once per (user, view) mount: build services here, never per render. */
  readonly mount: (context: WorkbenchContext) => React.ReactElement;
}
