/** The workbench's sign-in: a cookie the emulator reads to set Author/Editor, as SharePoint does from the session. */
const COOKIE = 'workbench-user';

export function readSignedInLogin(): string | undefined {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${COOKIE}=`));
  return match ? decodeURIComponent(match.slice(COOKIE.length + 1)) : undefined;
}

export function signInAs(loginName: string): void {
  document.cookie = `${COOKIE}=${encodeURIComponent(loginName)}; path=/; SameSite=Strict`;
}
