/* eslint-disable no-script-url -- these tests feed script URLs to the code that must refuse them */
import { isDangerousUrl, isSafeHttpUrl } from './url';

describe('isSafeHttpUrl', () => {
  it.each([
    'https://contoso.sharepoint.com/sites/data/Shared%20Documents/a.xlsx',
    'http://intranet.example.org',
    'HTTPS://EXAMPLE.ORG/path?q=1#frag',
    'https://example.org:8443/x',
    'https://[2001:db8::1]/x',
    'https://localhost/'
  ])('accepts %s', (url) => {
    expect(isSafeHttpUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['leading space', ' javascript:alert(1)'],
    ['tab inside the scheme', 'java\tscript:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['relative path', '/sites/data'],
    ['protocol-relative', '//evil.example/x'],
    ['no slashes', 'http:example.org'],
    ['other scheme', 'ftp://example.org/file'],
    ['file:', 'file:///c:/secret.txt'],
    ['empty', ''],
    ['trailing space', 'https://example.org '],
    ['space inside', 'https://exa mple.org'],
    ['newline', 'https://example.org/\nx'],
    ['userinfo disguise', 'https://trusted.org@evil.example/'],
    ['backslashes', 'https:\\\\evil.example'],
    ['no host', 'https://'],
    ['port out of range', 'https://example.org:99999/'],
    ['plain text', 'example.org']
  ])('rejects %s', (_label, url) => {
    expect(isSafeHttpUrl(url)).toBe(false);
  });

  it('rejects non-strings without throwing', () => {
    expect(isSafeHttpUrl(undefined as unknown as string)).toBe(false);
    expect(isSafeHttpUrl(42 as unknown as string)).toBe(false);
  });
});

describe('isDangerousUrl', () => {
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:x', 'java\nscript:x', '\u0000data:text/html,x', 'VBScript:x'])(
    'flags %j',
    (url) => {
      expect(isDangerousUrl(url)).toBe(true);
    }
  );

  it.each(['https://example.org', '/relative', 'ftp://x', 'javascript-guide.html'])('does not flag %j', (url) => {
    expect(isDangerousUrl(url)).toBe(false);
  });
});
