import * as React from 'react';
import * as labelStrings from 'LabelCheckStrings';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { readCachedLabel } from '../../core/labels/cache';
import type { DataAsset } from '../../core/models/dataAsset';
import { accessFlagsText, cachedLabelText, checkedOnText, DriftBadge, driftStateOf, LabelName } from './LabelBadges';

/** Props of {@link AssetLabelSection}. */
export interface IAssetLabelSectionProps {
  asset: DataAsset;
  /** The label's colour in the tenant's catalogue, when known. */
  labelColor?: string;
}

const css = mergeStyleSets({
  list: { display: 'grid', gridTemplateColumns: 'minmax(120px, 40%) 1fr', columnGap: 12, rowGap: 4, margin: 0 },
  term: { fontWeight: 600 },
  value: { margin: 0, overflowWrap: 'anywhere' }
});

/**
 * The details panel's Purview section: the label found, how it compares with the declared level, when it was
 * checked, why it could not be (when not checkable) and the sharing found. All from the record's cached check.
 */
export function AssetLabelSection(props: IAssetLabelSectionProps): React.ReactElement {
  const { asset, labelColor } = props;
  const s = labelStrings;
  const cached = readCachedLabel(asset);
  const name = cachedLabelText(asset);
  const reason = cached.state === 'notCheckable' ? cached.reason : asset.labelDrift === 'notCheckable' && name !== undefined ? (asset.declaredSensitivity ? 'unmappedLabel' : 'notDeclared') : undefined;
  return (
    <section aria-label={s.DetailsTitle} data-testid="label-section">
      {/* Fluent's Text is inline unless `block`: without it the heading ran into the sentence after it. */}
      <Text as="h3" variant="large" block>{s.DetailsTitle}</Text>
      {cached.state === 'neverChecked' ? (
        <Text as="p" block>{s.DetailsNeverChecked}</Text>
      ) : (
        <dl className={css.list}>
          <dt className={css.term}>{s.DetailsLabel}</dt>
          <dd className={css.value}>{name !== undefined ? <LabelName name={name} color={labelColor} /> : s.Drift.notCheckable}</dd>
          <dt className={css.term}>{s.DetailsDrift}</dt>
          <dd className={css.value}><DriftBadge state={driftStateOf(asset)} /></dd>
          {reason !== undefined && (
            <>
              <dt className={css.term}>{s.DetailsReason}</dt>
              <dd className={css.value}>{s.Reasons[reason] ?? reason}</dd>
            </>
          )}
          <dt className={css.term}>{s.DetailsSharing}</dt>
          <dd className={css.value}>
            {(asset.accessFlags ?? []).length === 0 ? s.NoSharingFound : `${asset.overshared ? `${s.Overshared}: ` : ''}${accessFlagsText(asset.accessFlags)}`}
          </dd>
        </dl>
      )}
      {cached.state !== 'neverChecked' && <Text as="p" block>{checkedOnText(cached.checkedOn)}</Text>}
    </section>
  );
}
