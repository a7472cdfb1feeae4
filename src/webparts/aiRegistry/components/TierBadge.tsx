import * as React from 'react';
import { SeverityBadge, type BadgeSeverity } from '../../../ui/SeverityBadge';
import { tierLabel } from './labels';

/** How alarming each EU AI Act tier is: prohibited stands apart, an unknown or missing tier stays neutral. */
const TIER_SEVERITY: Readonly<Record<string, BadgeSeverity>> = { prohibited: 'severe', high: 'warning', limited: 'info', minimal: 'success' };

/** An AI system's risk tier as a badge with its localised name (unclassified when it has none). */
export function TierBadge(props: { tier: string | undefined; strings: IAIRegistryStrings }): React.ReactElement {
  const kind = props.tier || 'unclassified';
  return <SeverityBadge text={tierLabel(props.tier, props.strings)} severity={TIER_SEVERITY[kind] ?? 'neutral'} data-kind={kind} />;
}
