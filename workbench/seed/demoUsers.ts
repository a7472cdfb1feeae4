/**
 * The workbench's demo people. Fictional names at a reserved example domain: no real personal data.
 * Each has a role so the workbench header can offer "sign in as" a staff member, focal point, custodian, access
 * reviewer, lead or the data protection officer.
 */
export type DemoRole = 'admin' | 'lead' | 'focalPoint' | 'custodian' | 'reviewer' | 'staff' | 'dpo';

export interface DemoUser {
  readonly loginName: string;
  readonly title: string;
  readonly email: string;
  readonly role: DemoRole;
  readonly jobTitle: string;
  readonly department: string;
  /** For focal points: the region they coordinate. */
  readonly region?: string;
  readonly isSiteAdmin?: boolean;
}

const DOMAIN = 'governance.example.org';

function user(alias: string, title: string, role: DemoRole, jobTitle: string, department: string, region?: string): DemoUser {
  const email = `${alias}@${DOMAIN}`;
  return { loginName: `i:0#.f|membership|${email}`, title, email, role, jobTitle, department, region, isSiteAdmin: role === 'admin' };
}

export const DEMO_USERS: readonly DemoUser[] = [
  user('workbench.admin', 'Workbench Admin', 'admin', 'SharePoint administrator', 'Information and Communications Technology'),
  user('helena.okafor', 'Helena Okafor', 'lead', 'Head of Data Governance', 'Data and Analytics (incl. Displacement Tracking)'),
  user('tomas.lindqvist', 'Tomas Lindqvist', 'lead', 'AI Governance Lead', 'Information and Communications Technology'),
  user('amina.diallo', 'Amina Diallo', 'focalPoint', 'Data Focal Point', 'Operations and Emergencies', 'Central and West Africa'),
  user('rahul.menon', 'Rahul Menon', 'focalPoint', 'Data Focal Point', 'Programme Support and Migration Management', 'Asia and the Pacific'),
  user('lucia.ferreira', 'Lucia Ferreira', 'focalPoint', 'Data Focal Point', 'Protection', 'South America'),
  user('yusuf.haddad', 'Yusuf Haddad', 'focalPoint', 'Data Focal Point', 'Migration Health', 'Middle East and North Africa'),
  user('katarina.novak', 'Katarina Novak', 'focalPoint', 'Data Focal Point', 'Immigration and Border Governance', 'European Economic Area'),
  user('grace.mwangi', 'Grace Mwangi', 'focalPoint', 'Data Focal Point', 'Resettlement and Movement Management', 'East and Horn of Africa'),
  user('jonas.weber', 'Jonas Weber', 'custodian', 'Information Management Officer', 'Data and Analytics (incl. Displacement Tracking)'),
  user('mei.chen', 'Mei Chen', 'custodian', 'Database Administrator', 'Information and Communications Technology'),
  user('samuel.osei', 'Samuel Osei', 'custodian', 'Protection Information Officer', 'Protection'),
  user('isabel.ortega', 'Isabel Ortega', 'custodian', 'Finance Systems Officer', 'Finance'),
  user('dmitri.volkov', 'Dmitri Volkov', 'custodian', 'Border Data Specialist', 'Immigration and Border Governance'),
  user('fatima.rahman', 'Fatima Rahman', 'custodian', 'Health Information Officer', 'Migration Health'),
  user('olivia.brown', 'Olivia Brown', 'custodian', 'HR Information Officer', 'Human Resources'),
  user('kwame.asante', 'Kwame Asante', 'custodian', 'Displacement Tracking Officer', 'Operations and Emergencies'),
  // Owns the regional teams' groups in the Graph emulator: the access reviews' reviewer in the Teams view.
  user('ines.moreau', 'Ines Moreau', 'reviewer', 'Regional IT Officer', 'Information and Communications Technology', 'Asia and the Pacific'),
  user('sofia.rossi', 'Sofia Rossi', 'staff', 'Programme Officer', 'Labour Mobility and Social Inclusion'),
  user('ahmed.karimi', 'Ahmed Karimi', 'staff', 'Project Assistant', 'Programme Support and Migration Management'),
  user('nina.petrova', 'Nina Petrova', 'staff', 'Procurement Assistant', 'Procurement and Supply'),
  user('daniel.mensah', 'Daniel Mensah', 'staff', 'Communications Officer', 'Media and Communications'),
  user('laura.schmidt', 'Laura Schmidt', 'staff', 'Legal Officer', 'Legal Affairs'),
  // Last, so the other people keep their site user ids: a member of the Data Protection Officers group, who gives
  // the DPO's opinion on DPIAs.
  user('nadia.belkacem', 'Nadia Belkacem', 'dpo', 'Data Protection Officer', 'Legal Affairs')
];

/**
 * People in the organisation's directory who have never opened the site, so SharePoint does not list them as site
 * users yet: the people picker finds them through Graph and a spreadsheet may name them by e-mail; either way the
 * suite adds them to the site (ensureUser) when they are first chosen.
 */
export const DEMO_DIRECTORY_ONLY: readonly DemoUser[] = [
  user('marta.kowalski', 'Marta Kowalski', 'staff', 'Statistics Officer', 'Data and Analytics (incl. Displacement Tracking)'),
  user('arjun.patel', 'Arjun Patel', 'staff', 'Systems Analyst', 'Information and Communications Technology'),
  user('chloe.dubois', 'Chloe Dubois', 'staff', 'Protection Officer', 'Protection'),
  user('emeka.obi', 'Emeka Obi', 'staff', 'Data Clerk', 'Operations and Emergencies')
];

/** SharePoint groups the workbench creates, by role. */
export const DEMO_GROUPS: Readonly<Record<string, readonly DemoRole[]>> = {
  'Governance Leads': ['lead'],
  'Data Custodians': ['custodian'],
  'Mission Focal Points': ['focalPoint'],
  'Data Protection Officers': ['dpo']
};
