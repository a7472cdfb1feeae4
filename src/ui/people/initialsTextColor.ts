import { getColorFromString, getContrastRatio } from '@fluentui/react/lib/Color';
import { getPersonaInitialsColor } from '@fluentui/react/lib/Persona';
import type { ITheme } from '@fluentui/react/lib/Styling';

/**
 * The colour of a person's initials on their coloured coin. Fluent draws them in `palette.white`, which an inverted
 * (dark or high-contrast) theme makes dark: dark grey on dark red read at 1.42:1. The coin colours are fixed per
 * name, so the text takes whichever of the theme's own body text and body background contrasts more with that
 * coin (white on every coin Fluent picks, in every theme, as in the light theme).
 */
export function initialsTextColor(name: string, theme: ITheme): string {
  const coin = getColorFromString(getPersonaInitialsColor({ text: name }));
  const text = theme.semanticColors.bodyText;
  const background = theme.semanticColors.bodyBackground;
  const textColor = getColorFromString(text);
  const backgroundColor = getColorFromString(background);
  if (!coin || !textColor || !backgroundColor) return text;
  return getContrastRatio(coin, textColor) >= getContrastRatio(coin, backgroundColor) ? text : background;
}
