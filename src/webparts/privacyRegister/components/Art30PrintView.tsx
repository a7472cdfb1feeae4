import * as React from 'react';
import type { Stored } from '../../../core/models/common';
import { ART30_COLUMNS, art30Cells, art30Headers, type Art30Labels } from '../../../core/privacy/art30Report';
import type { ProcessingActivity } from '../../../core/privacy/model';
import { formatDate } from '../../../ui/format';
import { PrintLayer } from '../../../ui/print/PrintLayer';
import { format } from './privacyText';

const HOST_ID = 'privacy-register-print-view';

// One block per record, kept on one page where it fits; text as typed, line breaks included.
const recordSelectors = {
  article: { breakInside: 'avoid-page', marginBottom: 20 },
  'article table': { marginBottom: 0 },
  'article th, article td': { whiteSpace: 'pre-wrap' },
  'article th': { width: '32%', fontWeight: 600 }
} as const;

export interface IArt30PrintViewProps {
  activities: readonly Stored<ProcessingActivity>[];
  labels: Art30Labels;
  strings: IPrivacyRegisterStrings;
  /** The mission the register is filtered to, if any: the view's scope line says so. */
  mission?: string;
  generatedAt: Date;
  onClose: () => void;
}

/**
 * The Art. 30 register as a printable document: one block per record of processing with the report's fields in the
 * regulator's order (the same columns and labels as the xlsx and CSV export), empty fields left out. Text is shown as
 * typed (the exports' formula apostrophe is for spreadsheets only) and never as markup. A layer over the page with
 * Print and Close; Escape closes it and focus returns to the opener.
 */
export function Art30PrintView(props: IArt30PrintViewProps): React.ReactElement {
  const { activities, labels, strings, onClose } = props;
  const headers = art30Headers(labels);
  const scope = props.mission ? format(strings.PrintScopeMission, props.mission) : strings.PrintScopeAll;

  return (
    <PrintLayer hostId={HOST_ID} label={strings.PrintTitle} printText={strings.PrintPrint} closeText={strings.PrintClose} onClose={onClose}
      selectors={recordSelectors} dataAttribute="art30-print">
      <h1 style={{ fontSize: 22 }}>{strings.PrintTitle}</h1>
      <p>{scope} · {format(strings.PrintGenerated, formatDate(props.generatedAt.toISOString(), ''), activities.length)}</p>
      {activities.map((activity) => {
        const cells = art30Cells(activity, props.labels);
        return (
          <article key={activity.id} aria-label={activity.title}>
            <h2 style={{ fontSize: 16, margin: '12px 0 6px' }}>{activity.title}</h2>
            <table>
              <tbody>
                {ART30_COLUMNS.map((column, i) => (cells[i] === '' || column === 'name' ? null : (
                  <tr key={column}>
                    <th scope="row">{headers[i]}</th>
                    <td>{cells[i]}</td>
                  </tr>
                )))}
              </tbody>
            </table>
          </article>
        );
      })}
    </PrintLayer>
  );
}
