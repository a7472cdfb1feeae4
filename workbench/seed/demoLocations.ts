/**
 * Where a demo record lives: mostly SharePoint (libraries, files, site pages), some Teams and OneDrive, and some
 * systems outside Microsoft 365, so the label check has every kind of location to resolve. Chosen by a hash of the
 * record's key, not the seed's random stream, so adding this left every other seeded value unchanged.
 */
import { guidFrom, percentOf } from '../graph/hash';

const TENANT = 'https://contoso.sharepoint.com';
const ONEDRIVE = 'https://contoso-my.sharepoint.com';
const MICROSOFT_365_STORAGE = new Set(['SharePoint Online', 'OneDrive', 'Microsoft Teams', 'Power BI']);
const FILE_KINDS = ['xlsx', 'docx', 'csv', 'pdf'];

function slugTitle(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'dataset';
}

/** The LocationUrl of a demo record (`key` is its external id). */
export function demoLocationUrl(key: string, siteSlug: string, title: string, storage: string, ownerEmail: string | undefined): string {
  const roll = percentOf(`location:${key}`);
  const site = `${TENANT}/sites/${siteSlug}`;
  const file = `${slugTitle(title)}.${FILE_KINDS[percentOf(`ext:${key}`) % FILE_KINDS.length]}`;
  if (roll >= 85 && !MICROSOFT_365_STORAGE.has(storage)) {
    const host = storage === 'Kobo Toolbox' ? 'kf.kobotoolbox.org' : storage === 'ActivityInfo' ? 'www.activityinfo.org' : 'apps.governance.example.org';
    return `https://${host}/${siteSlug}/${slugTitle(title)}`;
  }
  if (roll >= 80 && ownerEmail !== undefined) {
    return `${ONEDRIVE}/personal/${ownerEmail.replace(/[@.]/g, '_')}/Documents/${file}`;
  }
  if (roll >= 72) {
    const group = guidFrom(`team:${siteSlug}`);
    return `https://teams.microsoft.com/l/team/19%3a${group.replace(/-/g, '')}%40thread.tacv2/conversations?groupId=${group}&tenantId=${guidFrom('tenant')}`;
  }
  if (roll >= 65) return `${site}/SitePages/Dashboard.aspx`;
  if (roll >= 40) return `${site}/Shared%20Documents/${file}`;
  return `${site}/Shared%20Documents`;
}
