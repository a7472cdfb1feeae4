import { getColorFromString, getContrastRatio } from '@fluentui/react/lib/Color';
import { getPersonaInitialsColor } from '@fluentui/react/lib/Persona';
import { createTheme } from '@fluentui/react/lib/Styling';
import { initialsTextColor } from './initialsTextColor';

const NAMES = ['Fatima Rahman', 'Alice Moreau', 'Bob Tan', 'Jonas Weber', 'Amina Diallo', 'Carlos Mendes', 'Li Wei', 'Marta Kowalski'];
const THEMES = {
  light: createTheme({}),
  // The workbench's dark and high-contrast palettes, reduced to the two colours the initials choose from.
  dark: createTheme({ isInverted: true, palette: { neutralPrimary: '#ffffff', white: '#1f1f1f', black: '#f8f8f8' } }),
  highContrast: createTheme({ isInverted: true, palette: { neutralPrimary: '#ffffff', white: '#000000', black: '#ffffff' } })
};

describe('initialsTextColor', () => {
  it.each(Object.entries(THEMES))('reads at 4.5:1 or better on every coin in the %s theme', (_, theme) => {
    for (const name of NAMES) {
      const coin = getColorFromString(getPersonaInitialsColor({ text: name }))!;
      const text = getColorFromString(initialsTextColor(name, theme))!;
      expect({ name, ratio: getContrastRatio(coin, text) >= 4.5 }).toEqual({ name, ratio: true });
    }
  });

  it('is one of the theme\'s own colours, not a fixed one', () => {
    const theme = THEMES.dark;
    expect([theme.semanticColors.bodyText, theme.semanticColors.bodyBackground]).toContain(initialsTextColor('Fatima Rahman', theme));
  });
});
