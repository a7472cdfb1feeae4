import { createTheme, type ITheme as Theme } from '@fluentui/react/lib/Styling';

export type WorkbenchThemeName = 'light' | 'dark' | 'highContrast';

/** SharePoint's default (light) theme. */
const light = createTheme({});

/** Teams' dark palette, as a Fluent v8 theme (what SPFx hands a web part in Teams dark). */
const dark = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5', themeLighterAlt: '#05050a', themeLighter: '#141527', themeLight: '#262849',
    themeTertiary: '#4c5092', themeSecondary: '#6f75d6', themeDarkAlt: '#8c91f6', themeDark: '#9da2f7', themeDarker: '#b6baf9',
    neutralLighterAlt: '#292929', neutralLighter: '#313131', neutralLight: '#3f3f3f', neutralQuaternaryAlt: '#484848',
    neutralQuaternary: '#4f4f4f', neutralTertiaryAlt: '#6d6d6d', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  }
});

/** A high-contrast theme close to Windows' "High Contrast Black" and Teams' contrast theme. */
const highContrast = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#ffff00', themeLighterAlt: '#000000', themeLighter: '#000000', themeLight: '#333300',
    themeTertiary: '#999900', themeSecondary: '#e6e600', themeDarkAlt: '#ffff33', themeDark: '#ffff66', themeDarker: '#ffff99',
    neutralLighterAlt: '#000000', neutralLighter: '#0a0a0a', neutralLight: '#1a1a1a', neutralQuaternaryAlt: '#262626',
    neutralQuaternary: '#333333', neutralTertiaryAlt: '#808080', neutralTertiary: '#ffffff', neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff', neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
  }
});

export const WORKBENCH_THEMES: Readonly<Record<WorkbenchThemeName, Theme>> = { light, dark, highContrast };
