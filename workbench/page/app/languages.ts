/** The workbench's languages: the SPFx loc folder name (`?lang=`) and the UI culture SPFx would report for it. */
export const WORKBENCH_LANGUAGES = {
  'en-us': { culture: 'en-US', text: 'English' },
  'fr-fr': { culture: 'fr-FR', text: 'Français' },
  'es-es': { culture: 'es-ES', text: 'Español' }
} as const;

export type WorkbenchLanguage = keyof typeof WORKBENCH_LANGUAGES;

/** The page's language from `?lang=` (any case), else English. */
export function languageFrom(search: string): WorkbenchLanguage {
  const wanted = (new URLSearchParams(search).get('lang') ?? '').toLowerCase();
  return (Object.keys(WORKBENCH_LANGUAGES) as WorkbenchLanguage[]).find((key) => key === wanted) ?? 'en-us';
}
