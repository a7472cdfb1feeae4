import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { RiskLevel } from '../../../core/models/risk';
import { levelColours } from '../../../ui/risk/heatMapModel';
import type { ThemeFacts } from '../../../ui/risk/heatMapModel';

/** The theme facts the level colours depend on. */
export function useThemeFacts(): ThemeFacts {
  const theme = useTheme();
  return { isInverted: theme.isInverted, background: theme.palette.white, text: theme.palette.black, accent: theme.palette.themePrimary };
}

/** A level written out on its colour (the text carries the meaning; colour only helps). */
export function LevelBadge(props: { level: RiskLevel; score: number; label: string }): React.ReactElement {
  const colours = levelColours(props.level, useThemeFacts());
  return (
    <span style={{ background: colours.background, color: colours.text, border: `1px solid ${colours.border}`, borderRadius: 2, padding: '0 4px', whiteSpace: 'nowrap' }}>
      {props.score} {props.label}
    </span>
  );
}

/** Shared with the other registers (src/ui). */
export { FlagTag } from '../../../ui/FlagTag';
