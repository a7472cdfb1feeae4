import { locationName } from './locationName';

describe('locationName', () => {
  it('names a SharePoint address by its site, library and file', () => {
    expect(locationName('https://contoso.sharepoint.com/sites/kenya-co/Shared%20Documents/Finance/budget.xlsx')).toEqual({ kind: 'sharepoint', parts: ['kenya-co', 'Shared Documents', 'budget.xlsx'] });
    expect(locationName('https://contoso.sharepoint.com/sites/kenya-co/Shared%20Documents')).toEqual({ kind: 'sharepoint', parts: ['kenya-co', 'Shared Documents'] });
  });

  it('names OneDrive and Teams addresses by what they are', () => {
    expect(locationName('https://contoso-my.sharepoint.com/personal/a_b_org/Documents/notes.docx')).toEqual({ kind: 'onedrive', parts: ['notes.docx'] });
    expect(locationName('https://teams.microsoft.com/l/team/19%3aabc%40thread.tacv2/conversations?groupId=1')).toEqual({ kind: 'teams' });
  });

  it('names any other address by its host and first folder, keeps a malformed escape, and refuses non-URLs', () => {
    expect(locationName('https://kf.kobotoolbox.org/kenya/survey')).toEqual({ kind: 'web', parts: ['kf.kobotoolbox.org', 'kenya'] });
    expect(locationName('https://contoso.sharepoint.com/sites/a/bad%E0')).toEqual({ kind: 'sharepoint', parts: ['a', 'bad%E0'] });
    expect(locationName('not a url')).toBeUndefined();
  });
});
