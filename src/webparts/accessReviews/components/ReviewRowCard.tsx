import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { AccessReviewDecisionValue } from '../../../core/models/accessReview';
import { FlagTag } from '../../../ui/FlagTag';
import type { MyReviewRow } from '../services/IAccessReviewService';
import { codeText, format, formatDay, reasonText } from './accessText';

/** Props of {@link ReviewRowCard}. */
export interface IReviewRowCardProps {
  row: MyReviewRow;
  /** Position among the undecided rows: focus moves here after a decision. */
  index: number;
  overdue: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDecide: (decision: AccessReviewDecisionValue) => void;
  disabled: boolean;
  strings: IAccessReviewsStrings;
  locale?: string;
}

/** "Ann Lee: Finance team (Member)": how a row is named to screen readers and in dialogs. */
export function rowLabel(row: MyReviewRow, strings: IAccessReviewsStrings): string {
  return format(strings.RowLabel, row.item.principalName, row.item.resourceName, codeText(strings.EntitlementNames, row.item.entitlement));
}

/** The principal, their type (a badge in words), the resource and entitlement, and why the suite recommends what it does. */
export function PrincipalSummary(props: { row: MyReviewRow; strings: IAccessReviewsStrings; headingId?: string }): React.ReactElement {
  const { row, strings } = props;
  const item = row.item;
  return (
    <>
      <Text as="h4" variant="mediumPlus" id={props.headingId} block styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {item.principalName}
        {item.principalType !== 'User' && <FlagTag text={codeText(strings.PrincipalTypes, item.principalType)} kind={item.principalType === 'Guest' ? 'warning' : 'info'} />}
      </Text>
      {item.principalEmail && <Text block variant="small">{item.principalEmail}</Text>}
      <Text block>{format(strings.AccessLine, item.resourceName, codeText(strings.ResourceTypes, item.resourceType), codeText(strings.EntitlementNames, item.entitlement))}</Text>
    </>
  );
}

/** The recommendation and each of its reasons, in words. */
export function RecommendationLine(props: { row: MyReviewRow; strings: IAccessReviewsStrings }): React.ReactElement {
  const { row, strings } = props;
  const reasons = row.reasons.map((r) => reasonText(r, strings));
  return (
    <div data-testid="recommendation">
      <Text block styles={{ root: { fontWeight: 600 } }}>{format(strings.RecommendationLine, codeText(strings.Recommendations, row.item.recommendation))}</Text>
      {reasons.length > 0 && (
        <ul aria-label={strings.ReasonsLabel} style={{ margin: '2px 0', paddingLeft: 20 }}>
          {reasons.map((text) => <li key={text}>{text}</li>)}
        </ul>
      )}
    </div>
  );
}

/**
 * One item to decide: who, what, the campaign and its due date, the recommendation with its reasons, and Keep /
 * Remove / Don't know (each opens a short confirmation). The card itself takes focus after the previous decision.
 */
export function ReviewRowCard(props: IReviewRowCardProps): React.ReactElement {
  const { row, index, overdue, selected, onSelect, onDecide, disabled, strings, locale } = props;
  const theme = useTheme();
  const headingId = `review-row-${row.item.id}`;
  const css = mergeStyleSets({
    card: { listStyle: 'none', padding: 12, marginBottom: 8, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 2, background: theme.semanticColors.bodyBackground },
    top: { display: 'flex', gap: 12, alignItems: 'flex-start' },
    main: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
    buttons: { display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 8 }
  });
  const label = rowLabel(row, strings);
  const due = formatDay(row.campaign.dueDate, strings, locale);
  return (
    <li className={css.card} tabIndex={-1} data-review-index={index} aria-labelledby={headingId} data-testid="review-row">
      <div className={css.top}>
        <Checkbox checked={selected} onChange={(_e, checked) => onSelect(checked === true)} ariaLabel={format(strings.SelectRow, label)} disabled={disabled} />
        <div className={css.main}>
          <PrincipalSummary row={row} strings={strings} headingId={headingId} />
          <Text block variant="small">
            {format(strings.CampaignDue, row.campaign.title, due)}
            {overdue && <FlagTag text={strings.Overdue} kind="error" />}
          </Text>
          <RecommendationLine row={row} strings={strings} />
          <div className={css.buttons}>
            <DefaultButton text={strings.Keep} ariaLabel={`${strings.Keep}: ${label}`} onClick={() => onDecide('Keep')} disabled={disabled} iconProps={{ iconName: 'CheckMark' }} />
            <DefaultButton text={strings.Remove} ariaLabel={`${strings.Remove}: ${label}`} onClick={() => onDecide('Remove')} disabled={disabled} iconProps={{ iconName: 'Cancel' }} />
            <DefaultButton text={strings.DontKnow} ariaLabel={`${strings.DontKnow}: ${label}`} onClick={() => onDecide("Don't know")} disabled={disabled} />
          </div>
        </div>
      </div>
    </li>
  );
}
