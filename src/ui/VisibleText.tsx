import * as React from 'react';
import * as suiteStrings from 'GovernanceSuiteStrings';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { hasHiddenCharacters, splitHiddenCharacters } from '../core/validation/visibleText';
import { format } from './format';

/** Props of {@link VisibleText}. */
export interface IVisibleTextProps {
  /** The stored text, shown as it is except for its hidden characters. */
  text: string;
  /** The markers' labels; the suite's shared strings by default (so any web part can use it without new props). */
  strings?: Pick<IGovernanceSuiteStrings, 'HiddenBidiControl' | 'HiddenZeroWidth'>;
}

const css = mergeStyleSets({
  // A dashed border and monospace code point: distinct from the text around it without relying on colour, and the
  // border stays visible in forced-colours mode.
  marker: { fontFamily: 'monospace', fontSize: '0.85em', border: '1px dashed currentColor', borderRadius: 2, padding: '0 2px', margin: '0 1px', whiteSpace: 'nowrap' }
});

/**
 * Short stored text (a title, a mission) with every bidirectional control and zero-width character shown as a
 * marker such as `⟪U+202E⟫`, labelled for screen readers (issue 23). The characters themselves are not rendered, so
 * they cannot reorder or hide what is shown; the rest is wrapped in `<bdi>` so right-to-left text stays isolated.
 * Plain React text nodes only: nothing is ever injected as HTML.
 */
export function VisibleText(props: IVisibleTextProps): React.ReactElement {
  const { text } = props;
  const strings = props.strings ?? suiteStrings;
  if (!hasHiddenCharacters(text)) return <>{text}</>;
  return (
    <bdi>
      {splitHiddenCharacters(text).map((part, index) => {
        if (part.kind === 'text') return <React.Fragment key={index}>{part.text}</React.Fragment>;
        const label = format(part.hidden === 'bidi' ? strings.HiddenBidiControl : strings.HiddenZeroWidth, part.codePoint);
        return (
          <span key={index} role="img" aria-label={label} title={label} className={css.marker} data-hidden-character={part.codePoint}>
            {`⟪${part.codePoint}⟫`}
          </span>
        );
      })}
    </bdi>
  );
}
