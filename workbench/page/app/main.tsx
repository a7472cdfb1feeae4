/**
 * The workbench page: mounts the web part containers with the same services SPFx would give them, built on the
 * production data layer (PnPjs repositories) pointed at the local emulator. Identity rides on the sign-in cookie.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import * as sharedStrings from 'GovernanceSuiteStrings';
import { createRepositories } from '../../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../../src/data/sp/createSp';
import { SpListSearch } from '../../../src/data/search/SpListSearch';
import { DataInventory } from '../../../src/webparts/dataInventory/components/DataInventory';
import { preferencesKey } from '../../../src/webparts/dataInventory/components/inventoryPreferences';
import { ImportService } from '../../../src/webparts/dataInventory/services/ImportService';
import { QualityImportService } from '../../../src/webparts/dataInventory/services/QualityImportService';
import { InventoryService } from '../../../src/webparts/dataInventory/services/InventoryService';
import { NominationService } from '../../../src/webparts/dataInventory/services/NominationService';
import { LabelCheckRunner } from '../../../src/webparts/dataInventory/services/LabelCheckRunner';
import { createNodeGraphRequester } from '../../../src/graph/client/createNodeGraph';
import { OwnershipApprovals } from '../../../src/webparts/ownershipApprovals/components/OwnershipApprovals';
import { OwnershipApprovalsService } from '../../../src/webparts/ownershipApprovals/services/OwnershipApprovalsService';
import { HealthScorecard } from '../../../src/webparts/healthScorecard/components/HealthScorecard';
import { scorecardServiceFor } from '../../../src/webparts/healthScorecard/services/createScorecardService';
import type { ScorecardScope } from '../../../src/ui/scorecard/scorecardTypes';
import { accessFiguresFor } from '../../../src/webparts/healthScorecard/services/AccessFiguresSource';
import { literacyFiguresFor } from '../../../src/webparts/healthScorecard/services/LiteracyFiguresSource';
import { qualityFiguresFor } from '../../../src/webparts/healthScorecard/services/QualityFiguresSource';
import { privacyFiguresFor } from '../../../src/webparts/healthScorecard/services/PrivacyFiguresSource';
import * as aiRegistryStrings from 'AIRegistryWebPartStrings';
import { AIRegistry } from '../../../src/webparts/aiRegistry/components/AIRegistry';
import { AIRegistryService } from '../../../src/webparts/aiRegistry/services/AIRegistryService';
import * as aiUsageStrings from 'AIUsageStrings';
import { UsageMonitoringService } from '../../../src/webparts/aiRegistry/services/UsageMonitoringService';
import { FrameworkService } from '../../../src/webparts/aiRegistry/services/FrameworkService';
import { LiteracyService } from '../../../src/webparts/aiRegistry/services/LiteracyService';
import * as riskStrings from 'RiskRegisterWebPartStrings';
import { SiteDirectory } from '../../../src/data/people/siteDirectory';
import { RiskRegister } from '../../../src/webparts/riskRegister/components/RiskRegister';
import { RiskService } from '../../../src/webparts/riskRegister/services/RiskService';
import * as accessReviewStrings from 'AccessReviewsWebPartStrings';
import { AccessReviews } from '../../../src/webparts/accessReviews/components/AccessReviews';
import { GraphDirectoryReader } from '../../../src/graph/directory/GraphDirectoryReader';
import * as privacyStrings from 'PrivacyRegisterWebPartStrings';
import { PrivacyRegister } from '../../../src/webparts/privacyRegister/components/PrivacyRegister';
import { PrivacyService } from '../../../src/webparts/privacyRegister/services/PrivacyService';
import { createDpiaStore } from '../../../src/data/privacy/dpiaStore';
import { WorkbenchApp } from './WorkbenchApp';
import { workbenchPeople } from './peopleDirectory';
import type { WorkbenchThemeName } from './themes';
import { languageFrom, WORKBENCH_LANGUAGES } from './languages';
import { setUiCulture } from '../../../src/ui/format';
import type { WorkbenchUser, WorkbenchView, WorkbenchWebPart } from './workbenchTypes';
import { accessReviewServiceOver } from '../../../src/webparts/accessReviews/services/accessReviewServiceOver';
import * as governanceRolesStrings from 'GovernanceRolesWebPartStrings';
import { GovernanceRoles } from '../../../src/webparts/governanceRoles/components/GovernanceRoles';
import { GovernanceRolesService } from '../../../src/webparts/governanceRoles/services/GovernanceRolesService';

interface PageConfig {
  readonly siteUrl: string;
  readonly users: WorkbenchUser[];
}

// SharePoint registers Fluent's icon font itself from its CDN; the workbench runs offline, so its server serves the
// installed font files (pageRoutes.ts) and the page registers them from there.
initializeIcons(new URL('/_workbench/fonts/', window.location.origin).href, { disableWarnings: true });

/** The Graph emulator is served on the page's origin: the sign-in cookie identifies the user, as for SharePoint. */
function graphUrl(): string {
  return new URL('/graph/', window.location.origin).href;
}

const WEB_PARTS: readonly WorkbenchWebPart[] = [
  {
    key: 'dataInventory',
    title: 'Data Inventory',
    mount: (context) => {
      // The PnPjs root is built once per mount (user and host), as a web part builds it once in onInit.
      const sp = createNodeSp(context.siteUrl);
      const people = workbenchPeople(sp);
      const service = new InventoryService(createRepositories(sp), people, undefined, new SpListSearch(sp));
      const nominations = new NominationService(sp, createRepositories(sp), people);
      const labelCheck = new LabelCheckRunner(sp, createRepositories(sp), createNodeGraphRequester(graphUrl()));
      return <DataInventory service={service} importService={new ImportService(sp, { directory: (emails) => people.knownInDirectory(emails) })} qualityImportService={new QualityImportService(sp)} nominations={nominations} people={people} labelCheck={labelCheck} strings={sharedStrings} pageSize={50} theme={context.theme} preferencesKey={preferencesKey(context.siteUrl, context.user.loginName)} />;
    }
  },
  {
    key: 'healthScorecard',
    title: 'Data Health Scorecard',
    mount: (context) => {
      const sp = createNodeSp(context.siteUrl);
      const service = scorecardServiceFor(sp, context.siteUrl, context.user.loginName);
      const access = accessFiguresFor(sp, createNodeGraphRequester(graphUrl()));
      return <HealthScorecard service={service} strings={sharedStrings} scope={scorecardScopeFrom(window.location.search)} theme={context.theme} access={access} privacy={privacyFiguresFor(sp)} literacy={literacyFiguresFor(sp)} quality={qualityFiguresFor(sp)} />;
    }
  },
  {
    key: 'aiRegistry',
    title: 'AI Registry',
    mount: (context) => {
      const sp = createNodeSp(context.siteUrl);
      const people = workbenchPeople(sp);
      const repositories = createRepositories(sp);
      const service = new AIRegistryService(repositories, people, new SiteDirectory(sp), { search: new SpListSearch(sp) });
      const usage = { service: new UsageMonitoringService(sp, service), strings: aiUsageStrings };
      const frameworks = { service: new FrameworkService(repositories) };
      const literacy = { service: new LiteracyService(repositories, new SiteDirectory(sp)) };
      return <AIRegistry service={service} people={people} strings={aiRegistryStrings} suiteStrings={sharedStrings} pageSize={50} theme={context.theme} usage={usage} frameworks={frameworks} literacy={literacy} />;
    }
  },
  {
    key: 'ownershipApprovals',
    title: 'Ownership Approvals',
    // A Teams tab and personal app: the Teams view shows it alone, as Teams would.
    teams: true,
    mount: (context) => {
      const sp = createNodeSp(context.siteUrl);
      return <OwnershipApprovals service={new OwnershipApprovalsService(sp, createRepositories(sp))} people={workbenchPeople(sp)} strings={sharedStrings} theme={context.theme} />;
    }
  },
  {
    key: 'accessReviews',
    title: 'Access Reviews',
    // A Teams tab and personal app too: reviewers decide in Teams.
    teams: true,
    mount: (context) => {
      const sp = createNodeSp(context.siteUrl);
      const people = workbenchPeople(sp);
      const reader = new GraphDirectoryReader(createNodeGraphRequester(graphUrl()));
      const service = accessReviewServiceOver(sp, reader, { people });
      return <AccessReviews service={service} strings={accessReviewStrings} shared={sharedStrings} people={people} theme={context.theme} />;
    }
  },
  {
    key: 'riskRegister',
    title: 'Risk Register',
    mount: (context) => {
      const sp = createNodeSp(context.siteUrl);
      const people = workbenchPeople(sp);
      const service = new RiskService(createRepositories(sp), people, new SiteDirectory(sp), new SpListSearch(sp));
      // Opens on the heat map (the leads' view); the grid is one tab away.
      return <RiskRegister service={service} people={people} strings={riskStrings} shared={sharedStrings} defaultTab="heatMap" theme={context.theme} />;
    }
  },
  {
    key: 'governanceRoles',
    title: 'Governance Roles',
    // Its manifest offers it as a Teams tab too; the workbench's Teams view keeps to the deciders' two web parts.
    mount: (context) => {
      const sp = createNodeSp(context.siteUrl);
      const people = workbenchPeople(sp);
      const service = new GovernanceRolesService(sp, createRepositories(sp), people, new SiteDirectory(sp));
      return <GovernanceRoles service={service} people={people} strings={governanceRolesStrings} shared={sharedStrings} theme={context.theme} />;
    }
  },
  {
    key: 'privacyRegister',
    title: 'Privacy Register',
    mount: (context) => {
      const sp = createNodeSp(context.siteUrl);
      const repositories = createRepositories(sp);
      const people = workbenchPeople(sp);
      const service = new PrivacyService(repositories, people, new SpListSearch(sp), createDpiaStore(sp, repositories));
      return <PrivacyRegister service={service} people={people} strings={privacyStrings} shared={sharedStrings} aiStrings={aiRegistryStrings} theme={context.theme} />;
    }
  }
];

/**
 * The scorecard's scope from `?scope=region:Name` or `?scope=mission:Name` (the web part's property pane sets it on a
 * tenant); the organisation otherwise.
 */
function scorecardScopeFrom(search: string): ScorecardScope {
  const [kind, ...rest] = (new URLSearchParams(search).get('scope') ?? '').split(':');
  const value = rest.join(':').trim();
  return (kind === 'region' || kind === 'mission') && value !== '' ? { kind, value } : { kind: 'organisation' };
}

function readConfig(): PageConfig {
  const element = document.getElementById('workbench-config');
  return JSON.parse(element?.textContent ?? '{}') as PageConfig;
}

const params = new URLSearchParams(window.location.search);
const theme = (['light', 'dark', 'highContrast'] as const).find((t) => t === params.get('theme')) ?? 'light';
const view = (['sharepoint', 'teams'] as const).find((v) => v === params.get('view')) ?? 'sharepoint';
const config = readConfig();
// The strings modules already picked this language (buildPage); figures, dates and plurals follow it too, as
// SPFx's currentUICultureName would have them.
const language = languageFrom(window.location.search);
setUiCulture(WORKBENCH_LANGUAGES[language].culture);
document.documentElement.lang = WORKBENCH_LANGUAGES[language].culture;

ReactDom.render(
  <WorkbenchApp siteUrl={config.siteUrl} users={config.users} webParts={WEB_PARTS}
    initialTheme={theme as WorkbenchThemeName} initialView={view as WorkbenchView} language={language} />,
  document.getElementById('workbench-root')
);
