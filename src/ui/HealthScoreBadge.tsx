import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import { format, formatScore } from './format';
import { bandText } from './healthTypes';
import type { HealthBand } from './healthTypes';

/** Props of {@link HealthScoreBadge}. */
export interface IHealthScoreBadgeProps {
  /** Score 0-100 (one decimal). */
  score: number;
  band: HealthBand;
  strings: IGovernanceSuiteStrings;
}

function bandColour(theme: Theme, band: HealthBand): string {
  const semantic = theme.semanticColors;
  if (band === 'Healthy') {
    return semantic.successIcon;
  }
  // severeWarningIcon (orange) rather than warningIcon, which is neutral grey in Fluent v8's default theme.
  return band === 'Needs attention' ? semantic.severeWarningIcon : semantic.errorIcon;
}

function classNames(theme: Theme, band: HealthBand): { root: string; dot: string; score: string } {
  const colour = bandColour(theme, band);
  return mergeStyleSets({
    root: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 6,
      padding: '0 8px',
      borderRadius: 10,
      // The border keeps the badge visible in forced-colours (high contrast) mode, where backgrounds vanish.
      border: `1px solid ${colour}`,
      color: theme.semanticColors.bodyText,
      whiteSpace: 'nowrap',
      lineHeight: 20
    },
    dot: { width: 8, height: 8, borderRadius: '50%', backgroundColor: colour, flexShrink: 0 },
    score: { fontWeight: 600 }
  });
}

/**
 * A record's Data Health Score: the number, a band-coloured marker and the band's name (never colour alone).
 * Assistive technology reads one phrase, e.g. "Health score 72.5, Needs attention".
 */
export function HealthScoreBadge(props: IHealthScoreBadgeProps): React.ReactElement {
  const theme = useTheme();
  const { score, band, strings } = props;
  const css = classNames(theme, band);
  const text = bandText(band, strings);
  const scoreText = formatScore(score);
  return (
    <span className={css.root} role="img" aria-label={format(strings.HealthScoreAriaLabel, scoreText, text)} data-band={band}>
      <span className={css.dot} aria-hidden="true" />
      <span className={css.score} aria-hidden="true">{scoreText}</span>
      <span aria-hidden="true">{text}</span>
    </span>
  );
}
