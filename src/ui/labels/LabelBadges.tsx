import * as React from 'react';
import * as labelStrings from 'LabelCheckStrings';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import { readCachedLabel } from '../../core/labels/cache';
import type { AccessFlag, LabelDrift } from '../../core/labels/types';
import type { DataAsset } from '../../core/models/dataAsset';
import { format, uiCulture } from '../format';

/** A record's drift as shown: the stored state, or never checked. */
export type DriftState = LabelDrift | 'neverChecked';

/** The drift a record shows: its stored LabelDrift column, "never checked" while it has no cached check. */
export function driftStateOf(asset: Pick<DataAsset, 'labelDrift' | 'purviewLabelId' | 'purviewLabelName' | 'labelCheckedOn'>): DriftState {
  if (readCachedLabel(asset).state === 'neverChecked') return 'neverChecked';
  return asset.labelDrift ?? 'notCheckable';
}

/** The label's name as shown: its name, "No label", or nothing when never checked or not checkable. */
export function cachedLabelText(asset: Pick<DataAsset, 'purviewLabelId' | 'purviewLabelName' | 'labelCheckedOn'>, s: ILabelCheckStrings = labelStrings): string | undefined {
  const cached = readCachedLabel(asset);
  if (cached.state === 'label') return cached.name;
  if (cached.state === 'unlabelled') return s.NoLabel;
  return undefined;
}

function driftColour(theme: Theme, state: DriftState): string {
  const semantic = theme.semanticColors;
  switch (state) {
    case 'aligned':
      return semantic.successIcon;
    case 'underLabelled':
      return semantic.errorIcon;
    case 'overLabelled':
      // severeWarningIcon (orange): warningIcon is neutral grey in Fluent v8's default theme.
      return semantic.severeWarningIcon;
    default:
      return semantic.disabledBodyText;
  }
}

const css = mergeStyleSets({
  row: { display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' },
  // The border keeps the swatch and the badge visible in forced-colours (high contrast) mode.
  swatch: { width: 10, height: 10, borderRadius: 2, flexShrink: 0, border: '1px solid currentColor', forcedColorAdjust: 'none' }
});

/** A Purview label: a colour swatch (decorative) and the label's name, which carries the meaning. */
export function LabelName(props: { name: string; color?: string }): React.ReactElement {
  return (
    <span className={css.row}>
      {props.color && /^#[0-9a-f]{3,8}$/i.test(props.color) && <span className={css.swatch} style={{ backgroundColor: props.color }} aria-hidden="true" />}
      <span>{props.name}</span>
    </span>
  );
}

/** The drift state as a bordered badge: coloured marker plus the state's name (never colour alone). */
export function DriftBadge(props: { state: DriftState }): React.ReactElement {
  const theme = useTheme();
  const colour = driftColour(theme, props.state);
  const styles = mergeStyleSets({
    root: { display: 'inline-flex', alignItems: 'center', gap: 6, padding: '0 8px', borderRadius: 10, border: `1px solid ${colour}`, color: theme.semanticColors.bodyText, whiteSpace: 'nowrap', lineHeight: 20 },
    dot: { width: 8, height: 8, borderRadius: '50%', backgroundColor: colour, flexShrink: 0 }
  });
  return (
    <span className={styles.root} data-drift={props.state}>
      <span className={styles.dot} aria-hidden="true" />
      <span>{labelStrings.Drift[props.state]}</span>
    </span>
  );
}

/** Names of the sharing found, in a fixed order. */
export function accessFlagsText(flags: readonly AccessFlag[] | undefined, s: ILabelCheckStrings = labelStrings): string {
  return (flags ?? []).map((f) => s.AccessFlags[f] ?? f).join(', ');
}

/** The grid's sharing cell: what the last check found, and "Overshared" when it counts against the record. */
export function SharingCell(props: { asset: DataAsset; notSet: string }): React.ReactElement {
  const theme = useTheme();
  const { asset } = props;
  if (readCachedLabel(asset).state === 'neverChecked') return <span>{props.notSet}</span>;
  const flags = asset.accessFlags ?? [];
  if (flags.length === 0) return <span>{labelStrings.NoSharingFound}</span>;
  return (
    <span className={css.row} data-overshared={asset.overshared === true ? 'true' : 'false'}>
      {asset.overshared === true && <strong style={{ color: theme.semanticColors.errorText }}>{`${labelStrings.Overshared}:`}</strong>}
      <span>{accessFlagsText(flags)}</span>
    </span>
  );
}

/** "Checked on {date}" in the user's locale. */
export function checkedOnText(iso: string): string {
  const date = new Date(iso);
  return format(labelStrings.DetailsCheckedOn, isNaN(date.getTime()) ? iso : date.toLocaleString(uiCulture()));
}
