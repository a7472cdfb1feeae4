import * as React from 'react';
import * as ReactDom from 'react-dom';
import { DefaultButton, PrimaryButton, type IButton } from '@fluentui/react/lib/Button';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { Stored } from '../../../core/models/common';
import { ART30_COLUMNS, art30Cells, art30Headers, type Art30Labels } from '../../../core/privacy/art30Report';
import type { ProcessingActivity } from '../../../core/privacy/model';
import { formatDate } from '../../../ui/format';
import { format } from './privacyText';

const HOST_ID = 'privacy-register-print-view';

// While the view is open, printing shows only the register: every other child of <body> is hidden on paper.
const printRule = mergeStyles({
  selectors: { '@media print': { selectors: { [`body > *:not(#${HOST_ID})`]: { display: 'none !important' } } } }
});

// Black on white whatever the theme: it is a document for the supervisory authority, read on paper.
const page = mergeStyles({
  position: 'fixed', inset: 0, overflow: 'auto', background: '#ffffff', color: '#000000', zIndex: 1000000, padding: 24,
  fontFamily: 'Segoe UI, system-ui, sans-serif',
  selectors: {
    article: { breakInside: 'avoid-page', marginBottom: 20 },
    table: { borderCollapse: 'collapse', width: '100%' },
    'th, td': { border: '1px solid #000000', padding: '4px 6px', textAlign: 'left', verticalAlign: 'top', fontSize: 12, whiteSpace: 'pre-wrap' },
    th: { width: '32%', fontWeight: 600 },
    '@media print': { position: 'static', padding: 0, overflow: 'visible' }
  }
});

const noPrint = mergeStyles({ display: 'flex', gap: 8, marginBottom: 12, selectors: { '@media print': { display: 'none' } } });

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
  const closeRef = React.useRef<IButton>(null);
  const [host] = React.useState(() => {
    const element = document.createElement('div');
    element.id = HOST_ID;
    return element;
  });
  React.useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    document.body.appendChild(host);
    document.body.classList.add(printRule);
    closeRef.current?.focus();
    return () => {
      document.body.classList.remove(printRule);
      document.body.removeChild(host);
      opener?.focus?.();
    };
  }, [host]);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') onClose();
  };
  const scope = props.mission ? format(strings.PrintScopeMission, props.mission) : strings.PrintScopeAll;

  return ReactDom.createPortal(
    <div className={page} role="dialog" aria-modal="true" aria-label={strings.PrintTitle} onKeyDown={onKeyDown} data-art30-print="">
      <div className={noPrint}>
        <PrimaryButton text={strings.PrintPrint} onClick={() => window.print()} />
        <DefaultButton text={strings.PrintClose} onClick={onClose} componentRef={closeRef} />
      </div>
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
    </div>,
    host
  );
}
