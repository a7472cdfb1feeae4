import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import type { DecideResult, MyReviewRow } from '../services/IAccessReviewService';
import { codeText, format, formatNumber } from './accessText';
import { rowLabel } from './ReviewRowCard';

/** Progress of a long run (bulk decision, snapshot), announced politely as it advances. */
export function DecideProgress(props: { done: number; total: number; label?: string; strings: IAccessReviewsStrings; locale?: string }): React.ReactElement {
  const { done, total, strings, locale } = props;
  const text = format(strings.DecideProgress, formatNumber(done, locale), formatNumber(total, locale));
  return (
    <div aria-live="polite">
      <ProgressIndicator label={props.label ?? strings.Deciding} description={text} percentComplete={total > 0 ? done / total : undefined} />
    </div>
  );
}

/** What a decision run did: how many counted as recorded, and each failed row with its reason. */
export function DecideResults(props: { results: readonly DecideResult[]; rows: readonly MyReviewRow[]; onDismiss: () => void; strings: IAccessReviewsStrings; locale?: string }): React.ReactElement {
  const { results, rows, strings, locale } = props;
  const failed = results.filter((r) => !r.ok);
  const saved = results.length - failed.length;
  const labelOf = (id: number): string => {
    const row = rows.find((r) => r.item.id === id);
    return row ? rowLabel(row, strings) : `#${id}`;
  };
  return (
    <MessageBar messageBarType={failed.length > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline role="status"
      onDismiss={props.onDismiss} dismissButtonAriaLabel={strings.Close} data-testid="decide-results">
      {format(strings.DecideSummary, formatNumber(saved, locale), formatNumber(failed.length, locale))}
      {failed.length > 0 && (
        <ul aria-label={strings.FailedRows} style={{ margin: '4px 0', paddingLeft: 20 }}>
          {failed.map((r) => <li key={r.itemId}>{format(strings.FailedRow, labelOf(r.itemId), codeText(strings.DecideErrors, r.error ?? 'Unknown'))}</li>)}
        </ul>
      )}
    </MessageBar>
  );
}
