import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import type { CampaignProgress } from '../../../core/accessReviews';
import { FlagTag } from '../../../ui/FlagTag';
import { format, formatNumber, formatPercent } from './accessText';

/** Completion as a bar with the figures in words (the bar alone would be colour and length only), and an overdue badge. */
export function CampaignProgressBar(props: { progress: CampaignProgress; strings: IAccessReviewsStrings; locale?: string }): React.ReactElement {
  const { progress, strings, locale } = props;
  const text = format(strings.ProgressText, formatNumber(progress.decided, locale), formatNumber(progress.total, locale), formatPercent(progress.completion, locale));
  return (
    <div>
      <ProgressIndicator percentComplete={progress.completion} description={text} ariaLabel={text} styles={{ root: { minWidth: 120 } }} />
      {progress.overdue && <FlagTag text={strings.Overdue} kind="error" />}
    </div>
  );
}
