import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UsageSummary } from '../../../../core/usage/summary';
import { formatNumber } from '../../../../ui/format';
import { periodText, summaryFigures } from './usageText';

/** The summary panel: the latest period, the report's figures and the top departments. */
export function UsageSummaryView(props: { summary: UsageSummary; strings: IAIUsageStrings; suiteStrings: IGovernanceSuiteStrings; locale?: string }): React.ReactElement {
  const { summary, strings, suiteStrings, locale } = props;
  const theme = useTheme();
  const tile: React.CSSProperties = { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: '8px 12px', minWidth: 150, margin: 0 };
  return (
    <section aria-labelledby="usage-summary-title">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" variant="large" id="usage-summary-title" styles={{ root: { margin: 0 } }}>{strings.SummaryTitle}</Text>
        {summary.period && (
          <Text>
            {periodText(strings.SummaryPeriod, summary.period.start, summary.period.end, suiteStrings.NotSet, locale)}
            {summary.previousPeriod && ` (${periodText(strings.SummaryPrevious, summary.previousPeriod.start, summary.previousPeriod.end, suiteStrings.NotSet, locale)})`}
          </Text>
        )}
        <dl style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: 0 }}>
          {summaryFigures(summary, strings, locale).map(([label, value]) => (
            <div key={label} style={tile}>
              <dt style={{ color: theme.semanticColors.bodySubtext }}>{label}</dt>
              <dd style={{ margin: 0, fontSize: 24, fontWeight: 600 }}>{value}</dd>
            </div>
          ))}
        </dl>
        <Text as="h4" variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600 } }}>{strings.TopDepartments}</Text>
        {summary.topDepartments.length === 0 ? <Text>{strings.NoDepartments}</Text> : (
          <ol style={{ margin: 0 }}>
            {summary.topDepartments.map((d) => <li key={d.department}>{`${d.department}: ${formatNumber(d.users, locale)}`}</li>)}
          </ol>
        )}
      </Stack>
    </section>
  );
}
