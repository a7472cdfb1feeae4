import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import { isHighContrast } from './risk/heatMapModel';

/** How alarming a badge is: `severe` is drawn filled so it stands apart from every other kind. */
export type BadgeSeverity = 'severe' | 'warning' | 'info' | 'success' | 'neutral';

/** Props of {@link SeverityBadge}. */
export interface ISeverityBadgeProps {
  /** The text, always shown: colour only helps. */
  text: string;
  severity: BadgeSeverity;
  /** Marks the badge for tests and styling hooks (e.g. the tier id). */
  'data-kind'?: string;
}

interface BadgeColours { background: string; text: string; border: string }

/** The badge's colours from the theme's semantic colours, so light, dark and custom themes each get theirs. */
export function badgeColours(theme: Theme, severity: BadgeSeverity): BadgeColours {
  const s = theme.semanticColors;
  const p = theme.palette;
  if (isHighContrast({ background: p.white, text: p.black, accent: p.themePrimary })) {
    // A high-contrast theme keeps its own two colours; the border in its accent marks the badge.
    return { background: p.white, text: p.black, border: severity === 'neutral' ? p.black : p.themePrimary };
  }
  switch (severity) {
    // Filled with the error colour, text in the page's background colour: unmistakable next to tinted badges.
    case 'severe': return { background: s.errorIcon, text: p.white, border: s.errorIcon };
    // severeWarning (orange): Fluent v8's warningIcon is a neutral grey.
    case 'warning': return { background: s.severeWarningBackground, text: s.bodyText, border: s.severeWarningIcon };
    case 'info': return { background: s.infoBackground, text: s.bodyText, border: p.themePrimary };
    case 'success': return { background: s.successBackground, text: s.bodyText, border: s.successIcon };
    default: return { background: 'transparent', text: s.bodyText, border: p.neutralTertiary };
  }
}

function classNames(theme: Theme, severity: BadgeSeverity): { root: string } {
  const colours = badgeColours(theme, severity);
  return mergeStyleSets({
    root: {
      display: 'inline-block',
      padding: '0 6px',
      borderRadius: 2,
      lineHeight: 20,
      // Long tier names wrap inside a narrow column instead of being cut.
      whiteSpace: 'normal',
      fontWeight: severity === 'severe' || severity === 'warning' ? 600 : 400,
      background: colours.background,
      color: colours.text,
      border: `${severity === 'severe' ? 2 : 1}px ${severity === 'neutral' ? 'dashed' : 'solid'} ${colours.border}`,
      selectors: {
        // Windows high contrast drops backgrounds: system colours and the border keep the badge readable.
        '@media (forced-colors: active)': { background: 'Canvas', color: 'CanvasText', borderColor: 'CanvasText' }
      }
    }
  });
}

/** A short status written out on a coloured badge (risk tiers, levels): the text carries the meaning. */
export function SeverityBadge(props: ISeverityBadgeProps): React.ReactElement {
  const css = classNames(useTheme(), props.severity);
  return <span className={css.root} data-severity={props.severity} data-kind={props['data-kind']}>{props.text}</span>;
}
