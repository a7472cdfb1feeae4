import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { OwnershipStatusCheck } from '../../core/ownership';
import { format } from '../format';
import { ownershipText } from '../ownershipText';

/** Props of {@link OwnershipStatusView}. */
export interface IOwnershipStatusViewProps {
  /** Stored beside derived status; undefined while the derived one is being read. */
  check: OwnershipStatusCheck | undefined;
  strings: IGovernanceSuiteStrings;
}

const css = mergeStyleSets({
  row: { display: 'inline-flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' },
  // A bordered badge with an icon and words: the anomaly never rests on colour alone (and the border survives
  // forced-colours mode).
  marker: { display: 'inline-flex', alignItems: 'center', gap: 4, padding: '0 4px', border: '1px solid currentColor', borderRadius: 2, whiteSpace: 'nowrap' },
  srOnly: hiddenContentStyle
});

/** The stored status in words ("Not set" for an empty column or a value outside the choices). */
function storedText(check: OwnershipStatusCheck, s: IGovernanceSuiteStrings): string {
  return check.stored === undefined ? s.NotSet : ownershipText(check.stored, s);
}

/** The sentence a screen reader hears for a disagreement: "Stored status says Confirmed; its decisions say Unassigned." */
export function disagreementText(check: OwnershipStatusCheck, s: IGovernanceSuiteStrings): string {
  return format(s.OwnershipStoredDisagrees, storedText(check, s), ownershipText(check.derived, s));
}

/**
 * A record's ownership status as its decisions establish it (issue 23, attack 4), and, when the stored column says
 * something else, a marker: a warning icon and "Stored: Confirmed" on screen, the full sentence for screen readers.
 * The stored value is never shown as the status.
 */
export function OwnershipStatusView(props: IOwnershipStatusViewProps): React.ReactElement {
  const { check, strings } = props;
  const theme = useTheme();
  if (check === undefined) return <span>{strings.OwnershipChecking}</span>;
  const derived = ownershipText(check.derived, strings);
  if (!check.disagrees) return <span>{derived}</span>;
  const sentence = disagreementText(check, strings);
  return (
    <span className={css.row}>
      <span>{derived}</span>
      <span className={css.marker} title={sentence} style={{ color: theme.semanticColors.severeWarningIcon }} data-ownership-anomaly="true">
        <FontIcon iconName="Warning" aria-hidden="true" />
        <span aria-hidden="true" style={{ color: theme.semanticColors.bodyText }}>{format(strings.OwnershipStoredShort, storedText(check, strings))}</span>
        <span className={css.srOnly}>{sentence}</span>
      </span>
    </span>
  );
}

/** The details panel's explanation of a disagreement (nothing when the stored column agrees or is being checked). */
export function OwnershipStatusExplanation(props: IOwnershipStatusViewProps): React.ReactElement {
  const { check, strings } = props;
  if (check === undefined || !check.disagrees) return <></>;
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
      {format(strings.OwnershipStoredExplanation, storedText(check, strings), ownershipText(check.derived, strings))}
    </MessageBar>
  );
}
