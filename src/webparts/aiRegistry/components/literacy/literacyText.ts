import type { LiteracyAudienceKind, LiteracyFormat } from '../../../../core/literacy/model';
import type { LiteracyGap } from '../../../../core/literacy/rules';
import { format, formatDate } from '../../../../ui/format';

/** The strings key of an audience kind (stored values have spaces). */
export const AUDIENCE_KEYS: Readonly<Record<LiteracyAudienceKind, keyof IAIRegistryLiteracyStrings['AudienceKinds']>> = {
  Roles: 'Roles', Departments: 'Departments', Missions: 'Missions', 'Named people': 'NamedPeople'
};

/** The strings key of a format. */
export const FORMAT_KEYS: Readonly<Record<LiteracyFormat, keyof IAIRegistryLiteracyStrings['Formats']>> = {
  'E-learning': 'ELearning', Workshop: 'Workshop', Briefing: 'Briefing', 'Guidance note': 'GuidanceNote', Other: 'Other'
};

/** One gap reason as a sentence. */
export function gapText(gap: LiteracyGap, strings: IAIRegistryLiteracyStrings, notSet: string): string {
  switch (gap.kind) {
    case 'noMeasure':
      return strings.Gaps.noMeasure;
    case 'lapsed':
      return format(strings.Gaps.lapsed, gap.measure, formatDate(gap.since, notSet));
    case 'reclassified':
      return format(strings.Gaps.reclassified, gap.measure, formatDate(gap.delivered, notSet), formatDate(gap.classifiedOn, notSet));
    case 'departmentsNotCovered':
      return format(strings.Gaps.departmentsNotCovered, gap.departments.join(', '), gap.users);
    case 'peopleNotAcknowledged':
      return format(strings.Gaps.peopleNotAcknowledged, gap.missing, gap.of, gap.people.map((p) => p.title).join(', '));
  }
}
