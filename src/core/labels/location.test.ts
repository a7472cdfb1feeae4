import { resolveLocation } from './location';

describe('resolveLocation', () => {
  it('reads a file in a SharePoint library through its own label, with sharing checkable', () => {
    const location = resolveLocation('https://contoso.sharepoint.com/sites/bgd-dtm/Shared%20Documents/Round%2012/site-assessment.xlsx');
    expect(location).toMatchObject({ kind: 'file', host: 'contoso.sharepoint.com', sitePath: '/sites/bgd-dtm', accessCheckable: true });
  });

  it('reads a library or a folder through the site container label, sharing checkable on the folder', () => {
    expect(resolveLocation('https://contoso.sharepoint.com/sites/bgd-dtm/Shared%20Documents')).toMatchObject({ kind: 'library', sitePath: '/sites/bgd-dtm', accessCheckable: true });
    expect(resolveLocation('https://contoso.sharepoint.com/teams/hr/Records/2026')).toMatchObject({ kind: 'library', sitePath: '/teams/hr' });
    expect(resolveLocation('https://contoso.sharepoint.com/sites/x/Shared%20Documents/Forms/AllItems.aspx')).toMatchObject({ kind: 'library' });
  });

  it('reads site pages, lists and site roots through the container label, without a sharing check', () => {
    expect(resolveLocation('https://contoso.sharepoint.com/sites/dtm/SitePages/Dashboard.aspx')).toMatchObject({ kind: 'sitePage', sitePath: '/sites/dtm', accessCheckable: false });
    expect(resolveLocation('https://contoso.sharepoint.com/sites/dtm/Lists/Registrations/AllItems.aspx')).toMatchObject({ kind: 'site' });
    expect(resolveLocation('https://contoso.sharepoint.com/teams/finance')).toMatchObject({ kind: 'site', sitePath: '/teams/finance' });
    expect(resolveLocation('https://contoso.sharepoint.com/')).toMatchObject({ kind: 'site', sitePath: '/' });
  });

  it('treats sharing links and Office viewer links as files', () => {
    expect(resolveLocation('https://contoso.sharepoint.com/:x:/r/sites/dtm/Shared%20Documents/a.xlsx?d=w1')).toMatchObject({ kind: 'file' });
    expect(resolveLocation('https://contoso.sharepoint.com/sites/dtm/_layouts/15/Doc.aspx?sourcedoc=%7Babc%7D')).toMatchObject({ kind: 'file', sitePath: '/sites/dtm' });
  });

  it('reads a Teams link through its group id', () => {
    const location = resolveLocation('https://teams.microsoft.com/l/team/19%3aabc%40thread.tacv2/conversations?groupId=0F3A1B2C-1111-4222-8333-944455556666&tenantId=x');
    expect(location).toMatchObject({ kind: 'team', groupId: '0f3a1b2c-1111-4222-8333-944455556666', accessCheckable: false });
    expect(resolveLocation('https://teams.microsoft.com/l/meetup-join/abc')).toMatchObject({ kind: 'notCheckable', reason: 'teamsLinkWithoutGroup' });
  });

  it('reads OneDrive files, and calls OneDrive folders not checkable (OneDrive has no container label)', () => {
    expect(resolveLocation('https://contoso-my.sharepoint.com/personal/amina_contoso_org/Documents/intake.docx')).toMatchObject({ kind: 'file', accessCheckable: true });
    expect(resolveLocation('https://contoso-my.sharepoint.com/personal/amina_contoso_org/Documents')).toMatchObject({ kind: 'notCheckable', reason: 'oneDriveFolder' });
  });

  it('calls anything outside Microsoft 365, malformed or missing not checkable, with the reason', () => {
    expect(resolveLocation('https://kobo.example.org/forms/123')).toMatchObject({ kind: 'notCheckable', reason: 'notMicrosoft365' });
    expect(resolveLocation('http://contoso.sharepoint.com/sites/x')).toMatchObject({ kind: 'notCheckable', reason: 'notMicrosoft365' });
    expect(resolveLocation('https://contoso.sharepoint.com.evil.example/sites/x')).toMatchObject({ kind: 'notCheckable', reason: 'notMicrosoft365' });
    expect(resolveLocation('\\\\fileserver\\share\\data.xlsx')).toMatchObject({ kind: 'notCheckable', reason: 'invalidUrl' });
    expect(resolveLocation('ftp://files.example.org/a.csv')).toMatchObject({ kind: 'notCheckable', reason: 'invalidUrl' });
    expect(resolveLocation(undefined)).toMatchObject({ kind: 'notCheckable', reason: 'noLocation' });
    expect(resolveLocation('  ')).toMatchObject({ kind: 'notCheckable', reason: 'noLocation' });
  });
});
