/**
 * The emulated directory's people: the demo users (same ids as the Graph user routes give them), directory-only
 * members generated from fictional name pools, and guests from two fictional partner domains. Everything is chosen
 * by hash or by rank, so the same tenant comes back on every start; dates are days before `now`.
 */
import { DEMO_DIRECTORY_ONLY, DEMO_USERS } from '../seed/demoUsers';
import { REGIONS } from '../../src/core/reference';
import { guidFrom, hash32 } from './hash';

export const DIRECTORY_DOMAIN = 'governance.example.org';
/** The tenant's initial domain: guests' UPNs live there (`alias_home.domain#EXT#@tenant.onmicrosoft.com`). */
export const TENANT_DOMAIN = 'governance.onmicrosoft.com';

/** A user as the emulated directory holds it (Graph property names). */
export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string;
  readonly userPrincipalName: string;
  readonly userType: 'Member' | 'Guest';
  readonly accountEnabled: boolean;
  readonly jobTitle?: string;
  readonly department?: string;
  /** The region the person works in (the demo tenant records it as the office location). */
  readonly officeLocation?: string;
  /** `signInActivity.lastSignInDateTime`; undefined: never signed in. */
  readonly lastSignIn?: string;
  readonly employeeLeaveDateTime?: string;
  readonly managerId?: string;
  /** Guests: who vouches for them (`/users/{id}/sponsors`); empty for a guest nobody sponsors. */
  readonly sponsorIds: readonly string[];
  /** The demo role for demo users ('lead', 'custodian'...), 'member' or 'guest' for generated people. */
  readonly role: string;
}

const FIRST = ['Aisha', 'Bruno', 'Camille', 'Dario', 'Elif', 'Farid', 'Gabriela', 'Hiroshi', 'Ines', 'Joao', 'Kofi', 'Leila', 'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Stefan', 'Thandiwe', 'Umar', 'Valeria', 'Wanjiru', 'Xavier', 'Yara', 'Zeynep'];
const LAST = ['Abebe', 'Bianchi', 'Castillo', 'Dlamini', 'Eriksen', 'Fofana', 'Gonzaga', 'Horvat', 'Ibrahim', 'Jansen', 'Kamau', 'Lopes', 'Morales', 'Nakamura', 'Owusu', 'Pereira', 'Quispe', 'Rahimi', 'Santos', 'Tembo', 'Usman', 'Vargas', 'Wojcik', 'Yilmaz', 'Zulu'];
const JOBS: readonly [string, string][] = [
  ['Programme Assistant', 'Programme Support and Migration Management'], ['Data Assistant', 'Data and Analytics (incl. Displacement Tracking)'],
  ['Protection Assistant', 'Protection'], ['Operations Officer', 'Operations and Emergencies'], ['Finance Assistant', 'Finance'],
  ['Health Assistant', 'Migration Health'], ['ICT Assistant', 'Information and Communications Technology'], ['Registration Clerk', 'Resettlement and Movement Management']
];
const GUEST_DOMAINS = ['partner.example', 'ngo.example'];

/** Members generated beside the demo users, and guests. */
export const GENERATED_MEMBERS = 60;
export const GUESTS = 22;

const idOf = (email: string): string => guidFrom(`user:${email.toLowerCase()}`);
const daysAgo = (now: Date, days: number): string => new Date(now.getTime() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Rank-based flags, so each count is exact: the first n people in a hash order get the flag. */
function rankedList(ids: readonly string[], salt: string, n: number): string[] {
  return [...ids].sort((a, b) => hash32(`${salt}:${a}`) - hash32(`${salt}:${b}`)).slice(0, n);
}

function ranked(ids: readonly string[], salt: string, n: number): Set<string> {
  return new Set(rankedList(ids, salt, n));
}

function nameAt(index: number): { first: string; last: string } {
  return { first: FIRST[index % FIRST.length], last: LAST[(index * 7 + Math.floor(index / FIRST.length) + 3) % LAST.length] };
}

/** Every person of the emulated directory, demo users first. */
export function directoryPeople(now: Date): DirectoryUser[] {
  const leads = DEMO_USERS.filter((u) => u.role === 'lead').map((u) => idOf(u.email));
  const focal = new Map(DEMO_USERS.filter((u) => u.role === 'focalPoint' && u.region !== undefined).map((u) => [u.region as string, idOf(u.email)]));
  const base: Omit<DirectoryUser, 'lastSignIn' | 'accountEnabled' | 'employeeLeaveDateTime'>[] = [];
  for (const demo of [...DEMO_USERS, ...DEMO_DIRECTORY_ONLY]) {
    const region = demo.region ?? REGIONS[hash32(`region:${demo.email}`) % REGIONS.length];
    // Leads and the admin report to nobody recorded: `/manager` answers 404 for them.
    const managerId = demo.role === 'lead' || demo.role === 'admin' ? undefined : demo.role === 'focalPoint' || demo.role === 'custodian' ? leads[0] : focal.get(region) ?? leads[1];
    base.push({ id: idOf(demo.email), displayName: demo.title, mail: demo.email, userPrincipalName: demo.email, userType: 'Member', jobTitle: demo.jobTitle, department: demo.department, officeLocation: region, managerId, sponsorIds: [], role: demo.role });
  }
  for (let i = 0; i < GENERATED_MEMBERS; i++) {
    const { first, last } = nameAt(i);
    const email = `${first}.${last}@${DIRECTORY_DOMAIN}`.toLowerCase();
    const region = REGIONS[i % REGIONS.length];
    const [jobTitle, department] = JOBS[hash32(`job:${email}`) % JOBS.length];
    // One in six has no manager recorded, as in directories fed from HR with gaps.
    const managerId = hash32(`mgr:${email}`) % 6 === 0 ? undefined : focal.get(region) ?? leads[i % leads.length];
    base.push({ id: idOf(email), displayName: `${first} ${last}`, mail: email, userPrincipalName: email, userType: 'Member', jobTitle, department, officeLocation: region, managerId, sponsorIds: [], role: 'member' });
  }
  // An apostrophe in an address: filters must double it ('') or Graph refuses the query.
  const noor = `noor.d'costa@${DIRECTORY_DOMAIN}`;
  base.push({ id: idOf(noor), displayName: "Noor D'Costa", mail: noor, userPrincipalName: noor, userType: 'Member', jobTitle: 'Monitoring and Evaluation Officer', department: 'Programme Support and Migration Management', officeLocation: 'Asia and the Pacific', managerId: focal.get('Asia and the Pacific'), sponsorIds: [], role: 'member' });
  const sponsors = [...focal.values(), ...DEMO_USERS.filter((u) => u.role === 'custodian').map((u) => idOf(u.email))];
  const guestIds: string[] = [];
  for (let i = 0; i < GUESTS; i++) {
    const { first, last } = nameAt(i * 5 + 101);
    const home = GUEST_DOMAINS[i % GUEST_DOMAINS.length];
    const alias = `${first}.${last}`.toLowerCase();
    const mail = `${alias}@${home}`;
    const id = idOf(mail);
    guestIds.push(id);
    // Graph's guest UPN: the home address with @ replaced by _, then #EXT# at the inviting tenant.
    base.push({ id, displayName: `${first} ${last}`, mail, userPrincipalName: `${alias}_${home}#EXT#@${TENANT_DOMAIN}`, userType: 'Guest', sponsorIds: [sponsors[hash32(`sponsor:${mail}`) % sponsors.length]], role: 'guest' });
  }
  const generated = base.filter((u) => u.role === 'member').map((u) => u.id);
  const unsponsored = ranked(guestIds, 'unsponsored', 6);
  const disabled = ranked([...generated, ...guestIds], 'disabled', 7);
  const stale = ranked([...generated, ...guestIds], 'stale', 14);
  const leavers = rankedList(generated, 'leaver', 5);
  const neverSignedIn = ranked(guestIds, 'never', 3);
  return base.map((u) => {
    const roll = hash32(`signin:${u.id}`);
    const lastSignIn = neverSignedIn.has(u.id) ? undefined : stale.has(u.id) ? daysAgo(now, 95 + (roll % 300)) : daysAgo(now, roll % 30);
    // Leavers: four already gone (most still enabled: the finding a review exists for), one leaving next month.
    const leaver = leavers.indexOf(u.id);
    const leave = leaver < 0 ? undefined : leaver === 4 ? daysAgo(now, -30) : daysAgo(now, 10 + (roll % 200));
    return { ...u, sponsorIds: unsponsored.has(u.id) ? [] : u.sponsorIds, accountEnabled: !disabled.has(u.id), lastSignIn, employeeLeaveDateTime: leave };
  });
}

/** The directory id of an address (the same derivation as the Graph user routes). */
export function directoryIdOf(email: string): string {
  return idOf(email);
}
