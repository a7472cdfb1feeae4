import type { IColumn, IDetailsColumnStyles } from '@fluentui/react/lib/DetailsList';

/**
 * Column headers that wrap onto a second line instead of being cut off: French and Spanish headers ("Statut de
 * responsabilité", "Sensibilidad declarada") are up to half again as long as the English ones the widths were set
 * for. Two 16px lines fit the header's 42px.
 */
const WRAPPING_HEADER: Partial<IDetailsColumnStyles> = {
  // The clickable title fills the whole header: with wrapping text it shrank to one line at the top, and a click
  // lower in the header (where the hover shows) did not sort.
  cellTitle: { alignItems: 'center', height: '100%', boxSizing: 'border-box' },
  cellName: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: '16px' }
};

/** The columns with wrapping headers (a column's own styles win). */
export function withWrappingHeaders(columns: IColumn[]): IColumn[] {
  return columns.map((column) => (column.styles === undefined ? { ...column, styles: WRAPPING_HEADER } : column));
}
