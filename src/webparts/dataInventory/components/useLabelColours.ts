import * as React from 'react';
import type { ILabelCheckRunner } from '../../../ui/labels/ILabelCheckRunner';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The tenant's label colours by label id, read once per runner. A failure (no Graph consent, offline) leaves the
 * map empty: the grid then shows label names without swatches, which carry the meaning anyway.
 */
export function useLabelColours(runner: ILabelCheckRunner | undefined): ReadonlyMap<string, string> {
  const [colours, setColours] = React.useState<ReadonlyMap<string, string>>(NONE);
  React.useEffect(() => {
    let live = true;
    runner?.labelColours().then((map) => live && setColours(map), () => undefined);
    return () => { live = false; };
  }, [runner]);
  return colours;
}
