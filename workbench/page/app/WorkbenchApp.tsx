import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { WORKBENCH_THEMES, type WorkbenchThemeName } from './themes';
import type { WorkbenchContext, WorkbenchUser, WorkbenchView, WorkbenchWebPart } from './workbenchTypes';
import { readSignedInLogin, signInAs } from './identity';
import { WORKBENCH_LANGUAGES, type WorkbenchLanguage } from './languages';

const ROLE_LABELS: Record<WorkbenchUser['role'], string> = {
  admin: 'Site admin', lead: 'Governance lead', focalPoint: 'Mission focal point', custodian: 'Data custodian', reviewer: 'Access reviewer', staff: 'Staff member', dpo: 'Data protection officer'
};

export interface WorkbenchAppProps {
  readonly siteUrl: string;
  readonly users: readonly WorkbenchUser[];
  readonly webParts: readonly WorkbenchWebPart[];
  readonly initialTheme: WorkbenchThemeName;
  readonly initialView: WorkbenchView;
  /** The page's language (its strings were chosen when the bundle loaded). */
  readonly language: WorkbenchLanguage;
}

/** Reloads the page in another language: SPFx loads one language's strings per page, and so does the workbench. */
function switchLanguage(language: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', language);
  window.location.assign(url.toString());
}

/** The local page: a header to sign in as a demo user, pick a theme, a language and a host view, then every web part. */
export function WorkbenchApp(props: WorkbenchAppProps): React.ReactElement {
  const [themeName, setThemeName] = React.useState<WorkbenchThemeName>(props.initialTheme);
  const [view, setView] = React.useState<WorkbenchView>(props.initialView);
  // The cookie is written before any web part mounts (children's effects run before this component's).
  const [login, setLogin] = React.useState<string>(() => {
    const initial = props.users.find((u) => u.loginName === readSignedInLogin()) ?? props.users[0];
    if (initial) signInAs(initial.loginName);
    return initial?.loginName ?? '';
  });
  const user = props.users.find((u) => u.loginName === login);
  const theme = WORKBENCH_THEMES[themeName];
  const changeUser = (loginName: string): void => {
    signInAs(loginName);
    setLogin(loginName);
  };

  React.useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('theme', themeName);
    url.searchParams.set('view', view);
    window.history.replaceState(null, '', url.toString());
  }, [themeName, view]);

  if (!user) {
    return <MessageBar messageBarType={MessageBarType.error}>No demo users: run npm run workbench:reset.</MessageBar>;
  }
  const culture = WORKBENCH_LANGUAGES[props.language].culture;
  const context: WorkbenchContext = { siteUrl: props.siteUrl, user, theme, view, culture };
  // A neutral header with the theme's body text keeps every control's contrast in light, dark and high contrast;
  // the accent is only a border (Teams' purple in the Teams view).
  const headerText = theme.semanticColors.bodyText;
  const accent = view === 'teams' && themeName === 'light' ? '#464775' : theme.palette.themePrimary;
  // Teams hosts one app per tab: the Teams view shows the web parts made for Teams.
  const teamsWebParts = props.webParts.filter((webPart) => webPart.teams === true);
  const shown = view === 'teams' && teamsWebParts.length > 0 ? teamsWebParts : props.webParts;
  const userOptions: IDropdownOption[] = props.users.map((u) => ({ key: u.loginName, text: `${u.title} (${ROLE_LABELS[u.role]})` }));

  return (
    <ThemeProvider theme={theme} applyTo="body" style={{ minHeight: '100vh' }}>
      <header style={{ background: theme.palette.neutralLighterAlt, color: headerText, padding: '8px 16px', borderBottom: `4px solid ${accent}` }}>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 24 }}>
          <Text as="h1" variant="large" styles={{ root: { color: headerText, margin: 0, flexGrow: 1 } }}>
            Data &amp; AI Governance Suite: workbench
          </Text>
          <Dropdown label="Signed in as" id="workbench-user" options={userOptions} selectedKey={user.loginName}
            onChange={(_, option) => option && changeUser(String(option.key))} styles={{ root: { minWidth: 280 }, label: { color: headerText } }} />
          <ChoiceGroup label="Theme" selectedKey={themeName} onChange={(_, option) => option && setThemeName(option.key as WorkbenchThemeName)}
            options={[{ key: 'light', text: 'Light' }, { key: 'dark', text: 'Dark' }, { key: 'highContrast', text: 'High contrast' }]}
            styles={{ flexContainer: { display: 'flex', gap: 12 }, label: { color: headerText } }} />
          <ChoiceGroup label="Language" selectedKey={props.language} onChange={(_, option) => option && switchLanguage(String(option.key))}
            options={Object.entries(WORKBENCH_LANGUAGES).map(([key, language]) => ({ key, text: language.text, lang: language.culture }))}
            styles={{ flexContainer: { display: 'flex', gap: 12 }, label: { color: headerText } }} />
          <ChoiceGroup label="Host" selectedKey={view} onChange={(_, option) => option && setView(option.key as WorkbenchView)}
            options={[{ key: 'sharepoint', text: 'SharePoint page' }, { key: 'teams', text: 'Teams tab' }]}
            styles={{ flexContainer: { display: 'flex', gap: 12 }, label: { color: headerText } }} />
        </Stack>
      </header>
      <main style={{ maxWidth: view === 'teams' ? undefined : 1280, margin: '0 auto', padding: 16 }}>
        {shown.map((webPart) => (
          <section key={`${webPart.key}:${user.loginName}:${view}`} aria-label={webPart.title} lang={culture} data-webpart={webPart.key}
            style={{ background: theme.palette.white, padding: 16, marginBottom: 24, border: view === 'teams' ? undefined : `1px solid ${theme.palette.neutralLight}` }}>
            {webPart.mount(context)}
          </section>
        ))}
      </main>
    </ThemeProvider>
  );
}
