/**
 * The workbench page: mounts the web part containers with the same services SPFx would give them, built on the
 * production data layer (PnPjs repositories) pointed at the local emulator. Identity rides on the sign-in cookie.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import * as sharedStrings from 'GovernanceSuiteStrings';
import { SiteUserSearch } from '../../../src/data/people/siteUserSearch';
import { createRepositories } from '../../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../../src/data/sp/createSp';
import { DataInventory } from '../../../src/webparts/dataInventory/components/DataInventory';
import { InventoryService } from '../../../src/webparts/dataInventory/services/InventoryService';
import { HealthScorecard } from '../../../src/webparts/healthScorecard/components/HealthScorecard';
import { scorecardServiceFor } from '../../../src/webparts/healthScorecard/services/createScorecardService';
import { WorkbenchApp } from './WorkbenchApp';
import type { WorkbenchThemeName } from './themes';
import type { WorkbenchUser, WorkbenchView, WorkbenchWebPart } from './workbenchTypes';

interface PageConfig {
  readonly siteUrl: string;
  readonly users: WorkbenchUser[];
}

// SharePoint registers Fluent's icon font itself; the page registers it the same way (from Fluent's CDN: offline,
// glyphs stay blank while every control keeps its text label).
initializeIcons(undefined, { disableWarnings: true });

const WEB_PARTS: readonly WorkbenchWebPart[] = [
  {
    key: 'dataInventory',
    title: 'Data Inventory',
    mount: (context) => {
      // The PnPjs root is built once per mount (user and host), as a web part builds it once in onInit.
      const sp = createNodeSp(context.siteUrl);
      const service = new InventoryService(createRepositories(sp), new SiteUserSearch(sp));
      return <DataInventory service={service} strings={sharedStrings} pageSize={50} theme={context.theme} />;
    }
  },
  {
    key: 'healthScorecard',
    title: 'Data Health Scorecard',
    mount: (context) => {
      const service = scorecardServiceFor(createNodeSp(context.siteUrl), context.siteUrl, context.user.loginName);
      return <HealthScorecard service={service} strings={sharedStrings} scope={{ kind: 'organisation' }} theme={context.theme} />;
    }
  }
];

function readConfig(): PageConfig {
  const element = document.getElementById('workbench-config');
  return JSON.parse(element?.textContent ?? '{}') as PageConfig;
}

const params = new URLSearchParams(window.location.search);
const theme = (['light', 'dark', 'highContrast'] as const).find((t) => t === params.get('theme')) ?? 'light';
const view = (['sharepoint', 'teams'] as const).find((v) => v === params.get('view')) ?? 'sharepoint';
const config = readConfig();

ReactDom.render(
  <WorkbenchApp siteUrl={config.siteUrl} users={config.users} webParts={WEB_PARTS}
    initialTheme={theme as WorkbenchThemeName} initialView={view as WorkbenchView} />,
  document.getElementById('workbench-root')
);
