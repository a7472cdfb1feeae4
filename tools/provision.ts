/**
 * `npm run provision -- <siteUrl>`: creates or updates every list, field, index, versioning setting and the decision
 * and settings lists' permissions on a SharePoint site with the same `ensureSchema` the workbench runs. Idempotent:
 * a second run reports nothing.
 *
 *   SP_ACCESS_TOKEN=$(m365 util accesstoken get --resource https://<tenant>.sharepoint.com --new --output text) \
 *     npm run provision -- https://<tenant>.sharepoint.com/sites/governance
 *
 * The token is a site owner's delegated SharePoint token (the CLI for Microsoft 365 gives one); it is read from the
 * environment, never from the command line, so it stays out of shell history.
 */
import { seedTemplates } from '../src/core/assessments/templateSeed';
import { seedCrosswalk } from '../src/core/frameworks/seed';
import { seedAssessmentTemplates } from '../src/data/assessments/templateStore';
import { seedFrameworkControls } from '../src/data/frameworks/crosswalk';
import { ensureSchema, type ProvisioningReport } from '../src/data/provisioning/ensureSchema';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';

/** Provisions the lists of the site at `siteUrl`; the leads group is always "Governance Leads", as the web parts read it. */
export async function provisionSite(siteUrl: string, accessToken: string | undefined, user?: string): Promise<ProvisioningReport> {
  const url = new URL(siteUrl);
  if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1') {
    throw new Error(`Refusing ${siteUrl}: a tenant site URL must use https.`);
  }
  return ensureSchema(createNodeSp(url.toString().replace(/\/$/, ''), { accessToken, user, retries: 5 }));
}

/**
 * Writes the framework crosswalk's seed controls (issue 18, part 3) that FrameworkControls does not hold yet; never
 * changes an item leads edited. Returns how many were added (0 on a second run).
 */
export async function seedFrameworks(siteUrl: string, accessToken: string | undefined, user?: string): Promise<number> {
  const sp = createNodeSp(siteUrl.replace(/\/$/, ''), { accessToken, user, retries: 5 });
  return seedFrameworkControls(createRepositories(sp), seedCrosswalk());
}

/**
 * Writes the built-in assessment templates (issue 18, part 1: data protection check, EU AI Act deployer obligations,
 * mission baseline, published version 1 in English, French and Spanish) that AssessmentTemplates does not hold yet,
 * so a fresh site can run assessments; never changes a version leads edited. Returns how many were added.
 */
export async function seedTemplatesOnSite(siteUrl: string, accessToken: string | undefined, user?: string): Promise<number> {
  const sp = createNodeSp(siteUrl.replace(/\/$/, ''), { accessToken, user, retries: 5 });
  return seedAssessmentTemplates(createRepositories(sp), seedTemplates());
}

export function describeReport(report: ProvisioningReport): string {
  const lines = report.actions.map((a) => `  ${a.kind.padEnd(17)} ${a.list}: ${a.detail}`);
  const warnings = report.warnings.map((w) => `  WARNING ${w}`);
  return [report.actions.length === 0 ? 'Schema is up to date: nothing to change.' : `${report.actions.length} changes made:`, ...lines, ...warnings].join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const siteUrl = argv[0];
  if (!siteUrl) {
    throw new Error('Usage: SP_ACCESS_TOKEN=<token> npm run provision -- https://<tenant>.sharepoint.com/sites/<site>');
  }
  const token = process.env.SP_ACCESS_TOKEN;
  const workbench = siteUrl.startsWith('http://127.0.0.1');
  if (!token && !workbench) {
    throw new Error('Set SP_ACCESS_TOKEN to a site owner\'s SharePoint access token (see the README).');
  }
  // The workbench treats a request without identity as anonymous: name the admin who provisions.
  const user = workbench ? process.env.WORKBENCH_USER : undefined;
  if (workbench && !token && !user) {
    throw new Error('Against the workbench, set WORKBENCH_USER to a site admin\'s login, e.g. WORKBENCH_USER=workbench.admin@governance.example.org.');
  }
  console.log(describeReport(await provisionSite(siteUrl, token, user)));
  const controls = await seedFrameworks(siteUrl, token, user);
  console.log(controls === 0 ? 'Framework crosswalk: every seed control is there.' : `Framework crosswalk: ${controls} seed controls added to FrameworkControls.`);
  const templates = await seedTemplatesOnSite(siteUrl, token, user);
  console.log(templates === 0 ? 'Assessment templates: every built-in template is there.' : `Assessment templates: ${templates} built-in templates added to AssessmentTemplates.`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
