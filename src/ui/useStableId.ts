import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';

/** An element id that stays the same for the component's lifetime (for label / aria-describedby pairs). */
export function useStableId(prefix: string): string {
  const [id] = React.useState(() => getId(prefix));
  return id;
}
