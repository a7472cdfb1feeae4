import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { SCREENING_CRITERIA, type ScreeningAnswers, type ScreeningResult } from '../../../core/privacy/screening';
import { format, groundText } from './privacyText';

/** Props of {@link ScreeningSection}. */
export interface IScreeningSectionProps {
  answers: ScreeningAnswers;
  onChange: (answers: ScreeningAnswers) => void;
  /** The screening of the record as it stands (answers, data subjects, special categories, linked AI systems). */
  result: ScreeningResult;
  disabled?: boolean;
  strings: IPrivacyRegisterStrings;
}

/**
 * The nine EDPB criteria, each a question with its explanation, and the live outcome: "DPIA required" with every
 * ground (an answer, or a rule of the record or of a linked AI system). A criterion met by a rule is shown checked
 * and cannot be unticked: the record says so.
 */
export function ScreeningSection(props: IScreeningSectionProps): React.ReactElement {
  const { answers, onChange, result, disabled, strings } = props;
  const ruled = new Set(result.grounds.filter((g) => g.source !== 'answer').map((g) => g.criterion));
  return (
    <section aria-label={strings.SectionScreening} data-testid="dpia-screening">
      <Text as="h3" variant="mediumPlus" block styles={{ root: { fontWeight: 600, marginTop: 16 } }}>{strings.SectionScreening}</Text>
      <Text block variant="small" styles={{ root: { margin: '4px 0 8px' } }}>{strings.ScreeningIntro}</Text>
      {SCREENING_CRITERIA.map((criterion) => {
        const text = strings.Criteria[criterion];
        const helpId = `screening-help-${criterion}`;
        return (
          <div key={criterion} style={{ margin: '8px 0' }}>
            <Checkbox
              label={text.Question}
              checked={answers[criterion] === true || ruled.has(criterion)}
              disabled={disabled || ruled.has(criterion)}
              onChange={(_e, checked) => onChange({ ...answers, [criterion]: checked === true })}
              ariaDescribedBy={helpId}
            />
            <Text id={helpId} block variant="small" styles={{ root: { marginLeft: 28 } }}>{text.Help}</Text>
          </div>
        );
      })}
      <MessageBar messageBarType={result.dpiaRequired ? MessageBarType.severeWarning : MessageBarType.success} isMultiline data-testid="screening-result">
        <div role="status">
          <strong>{format(result.dpiaRequired ? strings.ScreeningRequired : strings.ScreeningNotRequired, result.met.length)}</strong>
          {result.grounds.length > 0 && (
            <>
              <div>{strings.GroundsTitle}</div>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} aria-label={strings.GroundsTitle}>
                {result.grounds.map((ground, i) => <li key={i}>{groundText(ground, strings)}</li>)}
              </ul>
            </>
          )}
        </div>
      </MessageBar>
    </section>
  );
}
