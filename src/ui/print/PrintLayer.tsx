import * as React from 'react';
import * as ReactDom from 'react-dom';
import { DefaultButton, PrimaryButton, type IButton } from '@fluentui/react/lib/Button';
import { mergeStyles, type IRawStyle } from '@fluentui/react/lib/Styling';
import { noPrint, paperSelectors } from './printStyles';

export interface IPrintLayerProps {
  /** The layer's element id: while it is open, printing hides every other child of <body>. */
  hostId: string;
  /** The document's name, announced for the layer (a modal dialog). */
  label: string;
  printText: string;
  closeText: string;
  onClose: () => void;
  /** Rules for the document's own parts (e.g. one block per record), added to the paper's table rules. */
  selectors?: Record<string, IRawStyle>;
  /** A data attribute tests and styles can find the layer by. */
  dataAttribute?: string;
  children: React.ReactNode;
}

const hostRules = new Map<string, string>();

/** The class that, on <body>, hides every child but the layer when printing (one per layer id, made once). */
function printRuleFor(hostId: string): string {
  let rule = hostRules.get(hostId);
  if (rule === undefined) {
    rule = mergeStyles({ selectors: { '@media print': { selectors: { [`body > *:not(#${hostId})`]: { display: 'none !important' } } } } });
    hostRules.set(hostId, rule);
  }
  return rule;
}

/**
 * A printable document over the page: black on white whatever the theme (it is read on paper), with Print and Close.
 * While it is open, printing shows only the document. Focus goes to Close when it opens, Escape closes it, and focus
 * returns to the control that opened it.
 */
export function PrintLayer(props: IPrintLayerProps): React.ReactElement {
  const { hostId, onClose } = props;
  const closeRef = React.useRef<IButton>(null);
  const [host] = React.useState(() => {
    const element = document.createElement('div');
    element.id = hostId;
    return element;
  });
  const page = React.useMemo(() => mergeStyles({
    position: 'fixed', inset: 0, overflow: 'auto', background: '#ffffff', color: '#000000', zIndex: 1000000, padding: 24,
    fontFamily: 'Segoe UI, system-ui, sans-serif',
    selectors: { ...paperSelectors, ...props.selectors, '@media print': { position: 'static', padding: 0, overflow: 'visible' } }
  }), [props.selectors]);

  React.useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const printRule = printRuleFor(hostId);
    document.body.appendChild(host);
    document.body.classList.add(printRule);
    closeRef.current?.focus();
    return () => {
      document.body.classList.remove(printRule);
      document.body.removeChild(host);
      opener?.focus?.();
    };
  }, [host, hostId]);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') onClose();
  };
  const data = props.dataAttribute ? { [`data-${props.dataAttribute}`]: '' } : {};

  return ReactDom.createPortal(
    <div className={page} role="dialog" aria-modal="true" aria-label={props.label} onKeyDown={onKeyDown} {...data}>
      <div className={noPrint}>
        <PrimaryButton text={props.printText} onClick={() => window.print()} />
        <DefaultButton text={props.closeText} onClick={onClose} componentRef={closeRef} />
      </div>
      {props.children}
    </div>,
    host
  );
}
