import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'GovernanceSuiteStrings';
import * as peopleStrings from 'PeopleStrings';
import type { PersonRef } from '../../core/models/common';
import { withPeopleFallback, type DirectoryProfile, type IPeopleDirectory, type PersonCandidate } from '../../core/people';
import { PeopleField } from '../form/PeopleField';
import { PeopleDirectoryProvider } from './PeopleDirectoryContext';
import { PersonPersona } from './PersonPersona';

const ALICE: DirectoryProfile = { directoryId: 'id-alice', displayName: 'Alice Moreau', mail: 'alice@example.org', userPrincipalName: 'alice@example.org', jobTitle: 'Data Custodian', department: 'Protection' };
const BOB: DirectoryProfile = { directoryId: 'id-bob', displayName: 'Bob Tan', mail: 'bob@example.org', jobTitle: 'Information Management Officer' };

/** A directory over two people; Alice has a photo, Bob none. Records what it was asked. */
class FakeDirectory implements IPeopleDirectory {
  public ensured: string[] = [];
  public lookups: string[] = [];
  public failEnsure = false;
  public async profileOf(person: PersonRef): Promise<DirectoryProfile | undefined> {
    this.lookups.push(person.email ?? '');
    return [ALICE, BOB].find((p) => p.mail === person.email);
  }
  public async photoOf(directoryId: string): Promise<Blob | undefined> {
    return directoryId === ALICE.directoryId ? new Blob(['png'], { type: 'image/png' }) : undefined;
  }
  public async ensureSiteUser(person: PersonCandidate): Promise<PersonCandidate> {
    this.ensured.push(person.title);
    if (this.failEnsure) throw new Error('ensureUser failed');
    return { ...person, id: 42, loginName: `i:0#.f|membership|${person.email}` };
  }
}

const candidate = (profile: DirectoryProfile): PersonCandidate => ({ id: 0, title: profile.displayName, email: profile.mail, profile });

const created: string[] = [];
const revoked: string[] = [];
beforeAll(() => {
  // jsdom has no object URLs: count them instead.
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = () => {
    const url = `blob:photo-${created.length + 1}`;
    created.push(url);
    return url;
  };
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = (url: string) => { revoked.push(url); };
});

function Field(props: { directory?: IPeopleDirectory; search: (text: string) => Promise<PersonRef[]>; onChange?: (p: PersonRef | undefined) => void }): React.ReactElement {
  const [value, setValue] = React.useState<PersonRef | undefined>(undefined);
  return (
    <PeopleDirectoryProvider directory={props.directory}>
      <PeopleField label="Custodian" value={value} onResolve={props.search} strings={strings}
        onChange={(p) => { setValue(p); props.onChange?.(p); }} />
    </PeopleDirectoryProvider>
  );
}

// jsdom keeps the callout's opening `pointer-events: none` that a real browser has already dropped.
const user = userEvent.setup({ pointerEventsCheck: 0 });

async function typeInPicker(text: string): Promise<void> {
  await user.type(screen.getByRole('combobox', { name: 'Custodian' }), text);
}

describe('people from the directory', () => {
  it('suggests directory people with photo, job title and department, and stores the chosen one as a site user', async () => {
    const directory = new FakeDirectory();
    const changes: (PersonRef | undefined)[] = [];
    render(<Field directory={directory} search={async () => [candidate(ALICE), candidate(BOB)]} onChange={(p) => changes.push(p)} />);
    await typeInPicker('ali');
    const option = await screen.findByRole('option', { name: /Alice Moreau/ });
    expect(option.textContent).toContain('Data Custodian · Protection');
    expect(screen.getByRole('option', { name: /Bob Tan/ }).textContent).toContain('Information Management Officer');
    await waitFor(() => expect(option.querySelector('img')?.getAttribute('src')).toMatch(/^blob:photo-/));
    expect(screen.getByText(peopleStrings.DirectoryHeader)).toBeTruthy();

    await user.click(option);
    await waitFor(() => expect(changes).toHaveLength(1));
    expect(directory.ensured).toEqual(['Alice Moreau']);
    expect(changes[0]?.id).toBe(42);
    const chosen = await screen.findByRole('listitem');
    expect(chosen.textContent).toContain('Alice Moreau');
    expect(chosen.textContent).toContain('Data Custodian');
    expect(screen.getByRole('button', { name: 'Remove Alice Moreau' })).toBeTruthy();
  });

  it('says under the field when the search fell back to the site users', async () => {
    const site: PersonRef = { id: 7, title: 'Bob Tan', email: 'bob@example.org' };
    render(<Field directory={new FakeDirectory()} search={async () => withPeopleFallback([site], 'noConsent')} />);
    await typeInPicker('bob');
    await screen.findByRole('option', { name: /Bob Tan/ });
    expect(screen.getByText(peopleStrings.FallbackNoConsent)).toBeTruthy();
    expect(screen.getByText(peopleStrings.SiteUsersHeader)).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Custodian' });
    const described = (group.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(peopleStrings.FallbackNoConsent);
  });

  it('keeps the field empty and says so when the person cannot be added to the site', async () => {
    const directory = new FakeDirectory();
    directory.failEnsure = true;
    const changes: (PersonRef | undefined)[] = [];
    render(<Field directory={directory} search={async () => [candidate(BOB)]} onChange={(p) => changes.push(p)} />);
    await typeInPicker('bob');
    await user.click(await screen.findByRole('option', { name: /Bob Tan/ }));
    expect(await screen.findByText('Bob Tan could not be added to this site. Try again or choose someone else.')).toBeTruthy();
    expect(changes).toEqual([]);
  });

  it('refuses an over-long search with a message instead of asking the directory', async () => {
    const searched: string[] = [];
    render(<Field directory={new FakeDirectory()} search={async (t) => { searched.push(t); return []; }} />);
    const input = screen.getByRole('combobox', { name: 'Custodian' });
    // Pasted rather than typed: 101 keystrokes would each start a debounced search.
    input.focus();
    await user.paste('x'.repeat(101));
    expect(await screen.findByText('Type at most 100 characters to search for a person.')).toBeTruthy();
    expect(searched).toEqual([]);
  });

  it('a stored person shows the directory photo, name and job title; the photo URL is revoked on unmount', async () => {
    const stored: PersonRef = { id: 5, title: 'A. Moreau', email: 'alice@example.org' };
    const { container, unmount } = render(<PeopleDirectoryProvider directory={new FakeDirectory()}><PersonPersona person={stored} /></PeopleDirectoryProvider>);
    expect(container.textContent).toContain('A. Moreau');
    await waitFor(() => expect(container.textContent).toContain('Alice Moreau'));
    expect(container.textContent).toContain('Data Custodian · Protection');
    await waitFor(() => expect(container.querySelector('img')?.getAttribute('src')).toMatch(/^blob:photo-/));
    const url = container.querySelector('img')?.getAttribute('src') as string;
    act(() => unmount());
    expect(revoked).toContain(url);
  });

  it('falls back to the stored name when the directory does not know the person or there is none', async () => {
    const directory = new FakeDirectory();
    const gone: PersonRef = { id: 9, title: 'Former Staff', email: 'gone@example.org' };
    const { container } = render(<PeopleDirectoryProvider directory={directory}><PersonPersona person={gone} /></PeopleDirectoryProvider>);
    await waitFor(() => expect(directory.lookups).toEqual(['gone@example.org']));
    expect(container.textContent).toContain('Former Staff');
    expect(container.querySelector('img')).toBeNull();
    const alone = render(<PersonPersona person={gone} />);
    expect(alone.container.textContent).toContain('Former Staff');
    expect(alone.container.querySelector('img')).toBeNull();
  });
});
