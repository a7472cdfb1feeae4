import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import type { PersonRef } from '../../../core/models/common';
import { samePerson } from '../../../core/ownership/counting';
import type { MyReviewRow } from '../services/IAccessReviewService';
import { codeText, format, formatDay } from './accessText';
import { PrincipalSummary } from './ReviewRowCard';

/** What became of one row: the counting decision, a hand-over to the fallback, and the user's decisions that did not count, with why. */
function DecidedRow(props: { row: MyReviewRow; me: PersonRef; strings: IAccessReviewsStrings; locale?: string }): React.ReactElement {
  const { row, me, strings, locale } = props;
  const { decision, delegated, ignored } = row.state;
  const mine = ignored.filter((i) => samePerson(i.decision.author, me));
  return (
    <li style={{ listStyle: 'none', padding: '8px 0' }} data-testid="decided-row">
      <PrincipalSummary row={row} strings={strings} />
      {decision && (
        <Text block>{format(strings.DecidedLine, codeText(strings.Decisions, decision.decision), decision.author?.title ?? strings.NotSet, formatDay(decision.created, strings, locale))}</Text>
      )}
      {!decision && delegated && <Text block>{format(strings.WithFallback, row.state.expectedReviewer?.title ?? strings.NobodyCanDecide)}</Text>}
      {!decision && !delegated && mine.length === 0 && <Text block>{row.campaign.state === 'Active' ? strings.NotYoursToDecide : strings.CampaignNotActive}</Text>}
      {mine.map((i) => (
        <Text block key={i.decision.id} styles={{ root: { fontWeight: 600 } }}>
          {format(strings.NotCountedLine, codeText(strings.Decisions, i.decision.decision), i.reason === 'selfDecision' ? strings.YouArePrincipal : codeText(strings.IgnoredReasons, i.reason))}
        </Text>
      ))}
    </li>
  );
}

/** The "Decided" section: rows this reviewer answered or can no longer decide. */
export function DecidedList(props: { rows: readonly MyReviewRow[]; me: PersonRef; strings: IAccessReviewsStrings; locale?: string }): React.ReactElement {
  const { rows, strings } = props;
  if (rows.length === 0) return <></>;
  return (
    <section aria-label={strings.DecidedSection}>
      <Text as="h3" variant="large" block>{strings.DecidedSection}</Text>
      <ul style={{ padding: 0, margin: 0 }}>
        {rows.map((row) => <DecidedRow key={row.item.id} row={row} me={props.me} strings={strings} locale={props.locale} />)}
      </ul>
    </section>
  );
}
