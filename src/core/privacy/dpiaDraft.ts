/**
 * What a DPIA starts from and what it hands on: the context pre-filled from the processing activity it assesses, and
 * the Risk Register entry an action plan item becomes ("Raise as risk"). Pure, like `riskFromFinding`.
 */
import type { Stored } from '../models/common';
import type { Risk } from '../models/risk';
import type { DpiaAction, DpiaContent, DpiaFearedEvent } from './dpiaModel';
import type { ProcessingActivity } from './model';

const TITLE_MAX = 255;
const NOTE_MAX = 4000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function lines(...parts: (string | undefined | false)[]): string | undefined {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return kept.length > 0 ? kept.join('\n') : undefined;
}

/**
 * A new DPIA's sections, its context pre-filled from the record of processing (purposes, data subjects and data,
 * recipients, transfers, retention, datasets and AI systems used): the author reviews and completes it.
 */
export function draftDpiaContent(activity: ProcessingActivity): DpiaContent {
  const retention = activity.retentionPeriod ? `${activity.retentionPeriod} ${activity.retentionUnit ?? ''}`.trim() + (activity.retentionTrigger ? ` from ${activity.retentionTrigger}` : '') : undefined;
  const description = lines(
    activity.purposes && `Purposes: ${activity.purposes}`,
    activity.legalBasis && `Legal basis: ${activity.legalBasis}`,
    activity.controller && `Controller: ${activity.controller}`,
    activity.mission && `Mission: ${activity.mission}${activity.region ? ` (${activity.region})` : ''}`
  );
  const data = lines(
    !!activity.dataSubjectCategories?.length && `Data subjects: ${activity.dataSubjectCategories.join(', ')}`,
    !!activity.personalDataCategories?.length && `Personal data: ${activity.personalDataCategories.join(', ')}`,
    !!activity.specialCategories?.length && `Special categories: ${activity.specialCategories.join(', ')}${activity.art9Condition ? ` (${activity.art9Condition})` : ''}`
  );
  const lifecycle = lines(
    activity.recipients && `Recipients: ${activity.recipients}`,
    activity.internationalTransfers === true && `Transfers: ${activity.transferDestinations ?? ''}${activity.transferSafeguard ? ` (${activity.transferSafeguard})` : ''}`,
    retention && `Retention: ${retention}`
  );
  const assets = lines(
    !!activity.linkedDataAssets?.length && `Datasets: ${activity.linkedDataAssets.map((a) => a.title ?? `#${a.id}`).join(', ')}`,
    !!activity.linkedAISystems?.length && `AI systems: ${activity.linkedAISystems.map((a) => a.title ?? `#${a.id}`).join(', ')}`,
    activity.securityMeasures && `Security measures: ${activity.securityMeasures}`
  );
  const context: Record<string, string> = {};
  for (const [key, value] of Object.entries({ description, data, lifecycle, assets })) if (value) context[key] = clip(value, NOTE_MAX);
  return { context, principles: {}, risks: {}, actionPlan: [] };
}

/** English names of the feared events, for the risk's description (the Risk Register's text is not localised). */
const FEARED_EVENT_TEXT: Readonly<Record<DpiaFearedEvent, string>> = {
  illegitimateAccess: 'illegitimate access to personal data',
  unwantedModification: 'unwanted modification of personal data',
  disappearance: 'disappearance of personal data'
};

/** Where the raised risk comes from. */
export interface DpiaSource {
  readonly id: number;
  readonly title: string;
  /** Link to the DPIA (http(s)), kept as the risk's evidence. */
  readonly url?: string;
  readonly activity: Pick<Stored<ProcessingActivity>, 'id' | 'title' | 'mission' | 'region'>;
}

/**
 * The Risk Register entry of an action plan item: its title and owner and due date, the DPIA's assessment of the
 * feared event it treats (likelihood and severity 1-4 become inherent likelihood and impact on the register's 1-5
 * scale unchanged; the residual values after measures likewise), the measures as controls, the mission and region
 * and the DPIA as source in the description, and the DPIA's link as evidence. Category Data protection, Mitigate.
 */
export function riskFromDpiaAction(action: DpiaAction, content: DpiaContent, source: DpiaSource): Risk {
  const event = action.fearedEvent;
  const assessed = event ? content.risks[event] : undefined;
  // The worst assessed event when the action names none: the register needs an inherent score.
  const fallback = Object.values(content.risks).reduce<{ likelihood?: number; severity?: number }>((worst, r) => ((r?.likelihood ?? 0) * (r?.severity ?? 0) > (worst.likelihood ?? 0) * (worst.severity ?? 0) ? r ?? worst : worst), {});
  const basis = assessed?.likelihood && assessed.severity ? assessed : fallback;
  const likelihood = basis.likelihood ?? 1;
  const impact = basis.severity ?? 1;
  const residual = assessed && assessed === basis && assessed.residualLikelihood && assessed.residualSeverity ? { residualLikelihood: assessed.residualLikelihood, residualImpact: assessed.residualSeverity } : {};
  const description = lines(
    `Raised from the action plan of the DPIA "${source.title}" (DPIA ${source.id}) of the processing activity "${source.activity.title}".`,
    (source.activity.mission || source.activity.region) && `Mission: ${source.activity.mission ?? '-'}; region: ${source.activity.region ?? '-'}.`,
    `Action to implement: ${action.title ?? ''}${action.dueDate ? ` (due ${action.dueDate})` : ''}.`,
    event && `Feared event: ${FEARED_EVENT_TEXT[event]}.`,
    assessed?.sources && `Risk sources: ${assessed.sources}`,
    assessed?.impacts && `Impacts on the data subjects: ${assessed.impacts}`
  ) ?? '';
  return {
    title: clip(`${action.title ?? 'DPIA action'} (DPIA: ${source.title})`, TITLE_MAX),
    description: clip(description, NOTE_MAX),
    category: 'Data protection',
    likelihood,
    impact,
    ...residual,
    controls: assessed?.measures ? clip(assessed.measures, NOTE_MAX) : undefined,
    treatment: 'Mitigate',
    riskOwner: action.owner,
    dueDate: action.dueDate,
    status: 'Open',
    evidenceLinks: source.url
  };
}
