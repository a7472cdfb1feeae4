import * as inventoryStrings from 'DataInventoryWebPartStrings';
import { format, formatNumber, formatPlural } from '../../../ui/format';

/**
 * The grid's count line, honest about what is known: every match when the last page is loaded, the total when the
 * service had it without another read (the unfiltered list's item count), else "more available".
 */
export function recordCountText(shown: number, hasMore: boolean, total: number | undefined, strings: IGovernanceSuiteStrings, own: IDataInventoryWebPartStrings = inventoryStrings): string {
  if (!hasMore) return formatPlural(strings.RecordsShown, shown);
  return total !== undefined && total >= shown
    ? formatPlural(own.RecordsShownOfTotal, total, undefined, formatNumber(shown))
    : format(own.RecordsShownMore, formatNumber(shown));
}
