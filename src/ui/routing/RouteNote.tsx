import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '../format';
import { informedText, routedDeciderText, type RouteStrings, type RouteView } from './routeText';

/** Props of {@link RouteNote}. */
export interface IRouteNoteProps {
  /** The decision's route; undefined when it could not be read (then `unavailableText` shows, if given). */
  route: RouteView | undefined;
  /** The section's accessible name ("Who verifies"). */
  heading: string;
  /** The sentence naming the decider; {0} is "Kwame Asante (Kenya's Accountable)" ("The governance roles ask {0} to verify."). */
  askText: string;
  /** The Informed line; {0} is the list ("Informed: {0}"). */
  informedText: string;
  /** Shown when nobody but the submitter is routed. */
  nobodyText: string;
  /** Shown (a warning) instead of the route when it could not be read. */
  unavailableText?: string;
  /** The level and reason words; the ownership resource's by default (the same in every web part). */
  strings?: RouteStrings;
}

/**
 * Who the governance roles route a decision to and why, and who is Informed: "The governance roles ask Kwame Asante
 * (Kenya's Accountable) to verify." Plain text (names are never HTML), theme colours only.
 */
export function RouteNote(props: IRouteNoteProps): React.ReactElement {
  const { route, heading, askText, nobodyText, unavailableText } = props;
  const strings = props.strings ?? ownershipStrings;
  if (route === undefined) {
    return unavailableText === undefined ? <></> : (
      <section aria-label={heading} data-testid="route-note">
        <MessageBar messageBarType={MessageBarType.warning} data-testid="route-unavailable">{unavailableText}</MessageBar>
      </section>
    );
  }
  const decider = routedDeciderText(route, strings);
  return (
    <section aria-label={heading} data-testid="route-note">
      {decider !== undefined
        ? <Text as="p" block data-testid="route-decider" styles={{ root: { margin: '0 0 4px' } }}>{format(askText, decider)}</Text>
        : <MessageBar messageBarType={MessageBarType.info} data-testid="route-nobody">{nobodyText}</MessageBar>}
      {route.informed.length > 0 && (
        <Text as="p" block data-testid="route-informed" styles={{ root: { margin: 0 } }}>{format(props.informedText, informedText(route.informed, strings))}</Text>
      )}
    </section>
  );
}
