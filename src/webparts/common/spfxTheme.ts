import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';

/**
 * The Fluent theme a container needs from the theme SPFx hands a web part (page, section, Teams default, dark or
 * high contrast). Undefined when SPFx gives none, so the container falls back to the ambient theme.
 */
export function fluentThemeFrom(theme: IReadonlyTheme | undefined): PartialTheme | undefined {
  return theme ? { palette: theme.palette, semanticColors: theme.semanticColors, isInverted: theme.isInverted } : undefined;
}
