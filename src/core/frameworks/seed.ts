/**
 * The crosswalk the suite starts with: the four frameworks' controls and the seed mappings, with where each
 * framework's ids and titles come from. Provisioning's seed (and the workbench's) write it to the FrameworkControls
 * list, where leads maintain it; the suite then reads the list, not this module.
 */
import { euAiActControls } from './euAiAct';
import { iso42001Controls } from './iso42001';
import { seedMappings } from './mappings';
import { nistAiRmfControls } from './nistAiRmf';
import { oecdControls } from './oecd';
import { FRAMEWORK_NAMES, type ControlMapping, type FrameworkControl, type FrameworkSource } from './types';

/** Where each framework's ids and titles come from. */
export const FRAMEWORK_SOURCES: readonly FrameworkSource[] = [
  {
    id: 'euAiAct',
    name: FRAMEWORK_NAMES.euAiAct,
    source: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act): derived from the obligations the suite\'s classification engine lists (src/core/aiAct/obligations.ts), one control per cited provision, plus Art. 6 for the verified classification itself.'
  },
  {
    id: 'nistAiRmf',
    name: FRAMEWORK_NAMES.nistAiRmf,
    source: 'NIST AI 100-1, Artificial Intelligence Risk Management Framework (AI RMF 1.0), January 2023: the Core\'s 72 subcategories. Titles paraphrased by the suite: review against the published text.'
  },
  {
    id: 'iso42001',
    name: FRAMEWORK_NAMES.iso42001,
    source: 'ISO/IEC 42001:2023, Annex A (normative) reference control objectives and controls A.2 to A.10: the 38 controls. Titles paraphrased from the control names: review against the published standard.'
  },
  {
    id: 'oecd',
    name: FRAMEWORK_NAMES.oecd,
    source: 'OECD Recommendation of the Council on Artificial Intelligence (OECD/LEGAL/0449, adopted 2019, amended 2024): principles 1.1-1.5 and recommendations 2.1-2.5.'
  }
];

/** A crosswalk: controls and the mappings between them. */
export interface Crosswalk {
  readonly controls: readonly FrameworkControl[];
  readonly mappings: readonly ControlMapping[];
}

/** The seed crosswalk: every framework's controls in framework order, and the seed mappings. */
export function seedCrosswalk(): Crosswalk {
  return { controls: [...euAiActControls(), ...nistAiRmfControls(), ...iso42001Controls(), ...oecdControls()], mappings: seedMappings() };
}
