import * as React from 'react';
import { IconButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';

export interface IMoveButtonsProps {
  /** `section:2` or `question:1:3`: the buttons carry it with `:up`/`:down` so the editor can focus them after a move. */
  moveKey: string;
  upLabel: string;
  downLabel: string;
  index: number;
  count: number;
  onMove: (direction: 'up' | 'down') => void;
}

/** "Move up" and "Move down" for one section or question; each names its item, and the ends are disabled. */
export function MoveButtons(props: IMoveButtonsProps): React.ReactElement {
  const { moveKey, upLabel, downLabel, index, count, onMove } = props;
  return (
    <Stack horizontal tokens={{ childrenGap: 4 }}>
      <IconButton iconProps={{ iconName: 'Up' }} ariaLabel={upLabel} title={upLabel} disabled={index === 0}
        data-move={`${moveKey}:up`} onClick={() => onMove('up')} />
      <IconButton iconProps={{ iconName: 'Down' }} ariaLabel={downLabel} title={downLabel} disabled={index === count - 1}
        data-move={`${moveKey}:down`} onClick={() => onMove('down')} />
    </Stack>
  );
}
