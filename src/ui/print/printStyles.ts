import { mergeStyles, type IRawStyle } from '@fluentui/react/lib/Styling';

/** Print and Close (or Download) buttons: on screen only. */
export const noPrint = mergeStyles({ display: 'flex', gap: 8, marginBottom: 12, selectors: { '@media print': { display: 'none' } } });

/** Ruled black-on-white tables: how the suite's reports read on paper. */
export const paperSelectors: Record<string, IRawStyle> = {
  table: { borderCollapse: 'collapse', width: '100%', marginBottom: 16 },
  'th, td': { border: '1px solid #000000', padding: '4px 6px', textAlign: 'left', verticalAlign: 'top', fontSize: 12 }
};

/** The class that, on <body>, hides every child but the elements of `layerClass` when printing (a Fluent layer's class). */
export function printOnlyLayerRule(layerClass: string): string {
  return mergeStyles({ selectors: { '@media print': { selectors: { [`body > *:not(.${layerClass})`]: { display: 'none !important' } } } } });
}
