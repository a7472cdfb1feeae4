import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

/** The plain data tables of the access review views: dividers in the surrounding theme's colour, wrapping text. */
export function useTableCss(): { table: string; caption: string; cell: string } {
  const theme = useTheme();
  return mergeStyleSets({
    table: { borderCollapse: 'collapse', width: '100%', marginTop: 8 },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    cell: { textAlign: 'left', verticalAlign: 'top', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, overflowWrap: 'anywhere' }
  });
}
