import { DEFAULT_SENSITIVITY_LEVELS } from '../models/dataAsset';
import { accessFlags, labelDrift, summariseSharing } from './drift';

const taxonomy = DEFAULT_SENSITIVITY_LEVELS;

describe('labelDrift', () => {
  it('says aligned, under-labelled or over-labelled by rank', () => {
    expect(labelDrift('Confidential', 2, taxonomy)).toBe('aligned');
    expect(labelDrift('Highly Confidential', 1, taxonomy)).toBe('underLabelled');
    expect(labelDrift('Public', 2, taxonomy)).toBe('overLabelled');
  });

  it('says not checkable when the label is unknown or nothing was declared', () => {
    expect(labelDrift('Confidential', undefined, taxonomy)).toBe('notCheckable');
    expect(labelDrift(undefined, 2, taxonomy)).toBe('notCheckable');
    expect(labelDrift('Secret', 2, taxonomy)).toBe('notCheckable');
  });
});

describe('access flags', () => {
  const permissions = [
    { linkScope: 'anonymous', grantees: [] },
    { linkScope: 'organization', grantees: [] },
    { grantees: [{ email: 'partner@ngo.example', loginName: 'i:0#.f|membership|partner_ngo.example#ext#@contoso.onmicrosoft.com' }] },
    { grantees: [{ email: 'partner@ngo.example' }, { email: 'staff@governance.example.org' }] },
    { linkScope: 'users', grantees: [{ email: 'someone@sub.governance.example.org' }] }
  ];

  it('counts anyone-links, organisation links and distinct guests', () => {
    expect(summariseSharing(permissions, ['governance.example.org'])).toEqual({ anonymousLinks: 1, organizationLinks: 1, guests: 1 });
    // Without the tenant's domains only #ext# logins count as guests.
    expect(summariseSharing([{ grantees: [{ email: 'x@other.example' }] }])).toEqual({ anonymousLinks: 0, organizationLinks: 0, guests: 0 });
  });

  it('flags only records declared Confidential or above', () => {
    const summary = { anonymousLinks: 1, organizationLinks: 2, guests: 1 };
    expect(accessFlags(summary, 'Confidential', taxonomy)).toEqual(['anonymousLink', 'organizationLink', 'guestAccess']);
    expect(accessFlags(summary, 'Internal', taxonomy)).toEqual([]);
    expect(accessFlags(summary, undefined, taxonomy)).toEqual([]);
    expect(accessFlags({ anonymousLinks: 0, organizationLinks: 0, guests: 1 }, 'Highly Confidential', taxonomy)).toEqual(['guestAccess']);
  });
});
