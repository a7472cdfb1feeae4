import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { Text } from '@fluentui/react/lib/Text';
import type { PastDecision } from '../../../core/ownership';
import { format } from '../../../ui/format';
import { flagReasonText, formatDay } from '../../../ui/ownership/ownershipLabels';

/** Props of {@link PastDecisionsList}. */
export interface IPastDecisionsListProps {
  items: readonly PastDecision[];
  strings: IGovernanceSuiteStrings;
}

/** The custodian's decisions, newest first, each saying whether it counted and, if not, why. */
export function PastDecisionsList(props: IPastDecisionsListProps): React.ReactElement {
  const s = ownershipStrings;
  if (props.items.length === 0) return <Text as="p">{s.EmptyPast}</Text>;
  return (
    <ul style={{ paddingLeft: 20 }}>
      {props.items.map((item) => (
        <li key={item.decision.id} style={{ marginBottom: 6 }}>
          <Text>
            <strong>{item.title}</strong>
            {` - ${item.decision.decision === 'Approve' ? s.DecisionApprove : s.DecisionDecline} ${format(s.DecidedOn, formatDay(item.decidedOn, props.strings.NotSet))} - `}
            {item.counts ? s.Counted : format(s.NotCounted, item.reason ? flagReasonText(item.reason, s) : '')}
            {item.decision.comment ? ` ("${item.decision.comment}")` : ''}
          </Text>
        </li>
      ))}
    </ul>
  );
}
