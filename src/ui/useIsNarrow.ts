import * as React from 'react';

/**
 * Whether the element is narrower than `breakpoint` px (a Teams tab on a phone, a narrow page column), followed as
 * it resizes. False until measured, and where ResizeObserver does not exist: the wide layout is the safe default.
 */
export function useIsNarrow(ref: React.RefObject<HTMLElement>, breakpoint: number): boolean {
  const [narrow, setNarrow] = React.useState(false);
  React.useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? element.getBoundingClientRect().width;
      setNarrow(width > 0 && width < breakpoint);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, breakpoint]);
  return narrow;
}
