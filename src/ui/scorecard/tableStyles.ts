import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/** Styles of the scorecard's semantic tables (real <table> elements: headers, captions, keyboard-reachable cells). */
export function tableStyles(theme: Theme): { table: string; caption: string; th: string; td: string; rowHeader: string; num: string; nameColumn: string; sortButton: string } {
  const divider = `1px solid ${theme.semanticColors.bodyDivider}`;
  return mergeStyleSets({
    // Fixed layout: columns keep their widths whatever the text, so a long label wraps in its cell instead of spilling.
    table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', color: theme.semanticColors.bodyText },
    caption: { textAlign: 'left', fontWeight: 600, fontSize: 16, padding: '8px 0' },
    // Hyphenated in the cell's language (lang is set on the web part) rather than broken anywhere: "Enregistre-ments".
    th: { textAlign: 'left', padding: '6px 8px', borderBottom: divider, fontWeight: 600, overflowWrap: 'break-word', hyphens: 'auto' },
    td: { padding: '6px 8px', borderBottom: divider, verticalAlign: 'middle', overflowWrap: 'break-word' },
    rowHeader: { padding: '6px 8px', borderBottom: divider, verticalAlign: 'middle', textAlign: 'left', fontWeight: 'normal', overflowWrap: 'break-word' },
    num: { textAlign: 'right' },
    // The name column gets the room, so names take one or two lines, not five.
    nameColumn: { width: '40%' },
    sortButton: {
      background: 'none',
      border: 'none',
      padding: 0,
      font: 'inherit',
      fontWeight: 600,
      color: 'inherit',
      cursor: 'pointer',
      selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}` } }
    }
  });
}
