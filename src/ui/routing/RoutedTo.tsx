import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '../format';
import { informedText, routedDeciderText, type RouteView } from './routeText';

/** Props of {@link RoutedTo}. */
export interface IRoutedToProps {
  route: RouteView;
  /** The sentence naming who is asked, `{0}` the person and why: "The governance roles ask {0} to validate this DPIA." */
  sentence: string;
  /** The Informed line, `{0}` the names: "Informed: {0}". */
  informed: string;
  /** What to say when nobody but the submitter could decide. */
  nobody: string;
  /** Added after the sentence when the signed-in user is the one asked ("You are asked."); omitted when undefined. */
  mine?: string;
  /** Stable hook for tests (`data-testid` of the section). */
  testId?: string;
  /** The section's accessible name. */
  heading: string;
}

/**
 * Who the governance roles ask to decide and why (the level the Accountable was found at), and who is Informed: one
 * block shared by the routed decisions (issue 19). Text only, theme colours.
 */
export function RoutedTo(props: IRoutedToProps): React.ReactElement {
  const { route, sentence, informed, nobody, mine, testId, heading } = props;
  const decider = routedDeciderText(route, ownershipStrings);
  return (
    <section aria-label={heading} data-testid={testId}>
      <Text as="p" block data-testid="routed-decider" styles={{ root: { margin: '0 0 4px' } }}>
        {decider === undefined ? nobody : format(sentence, decider)}
        {decider !== undefined && mine !== undefined ? ` ${mine}` : ''}
      </Text>
      {route.informed.length > 0 && (
        <Text as="p" block data-testid="routed-informed" styles={{ root: { margin: 0 } }}>{format(informed, informedText(route.informed, ownershipStrings))}</Text>
      )}
    </section>
  );
}
