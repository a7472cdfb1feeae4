/**
 * The seed crosswalk: how the suite maps the frameworks' controls to one another. These are the suite's own
 * judgements (no framework publishes this exact table), kept conservative: `equivalent` only where the two controls
 * ask for the same outcome, so that evidence for one can honestly stand for the other; `partial` where one covers part
 * of the other; `related` as a pointer. Leads edit them in the FrameworkControls list.
 */
import type { ControlMapping, MappingStrength } from './types';

const eu = (id: string): string => `euAiAct:${id}`;
const nist = (id: string): string => `nistAiRmf:${id}`;
const iso = (id: string): string => `iso42001:${id}`;
const oecd = (id: string): string => `oecd:${id}`;

const E: MappingStrength = 'equivalent';
const P: MappingStrength = 'partial';
const R: MappingStrength = 'related';

const ROWS: readonly (readonly [string, string, MappingStrength])[] = [
  // EU AI Act: the classification and general provisions.
  [eu('Art. 6'), nist('GOVERN 1.1'), P],
  [eu('Art. 6'), nist('MAP 1.1'), P],
  [eu('Art. 6'), iso('A.5.2'), P],
  [eu('Art. 6'), nist('MAP 3.3'), R],
  [eu('Art. 6(4)'), iso('A.5.3'), P],
  [eu('Art. 4'), nist('GOVERN 2.2'), P],
  [eu('Art. 4'), iso('A.4.6'), P],
  [eu('Art. 4'), oecd('2.4'), R],
  [eu('Art. 5'), nist('MANAGE 1.1'), P],
  [eu('Art. 5'), nist('MANAGE 2.4'), P],
  [eu('Art. 5'), oecd('1.2'), R],
  // High-risk providers.
  [eu('Art. 9'), nist('GOVERN 1.4'), P],
  [eu('Art. 9'), nist('MAP 5.1'), P],
  [eu('Art. 9'), nist('MANAGE 1.3'), P],
  [eu('Art. 9'), iso('A.5.2'), R],
  [eu('Art. 10'), iso('A.7.2'), P],
  [eu('Art. 10'), iso('A.7.4'), P],
  [eu('Art. 10'), iso('A.7.5'), P],
  [eu('Art. 10'), iso('A.7.6'), P],
  [eu('Art. 10'), nist('MEASURE 2.11'), R],
  [eu('Art. 11'), iso('A.6.2.7'), E],
  [eu('Art. 11'), iso('A.6.2.3'), P],
  [eu('Art. 12'), iso('A.6.2.8'), E],
  [eu('Art. 13'), iso('A.8.2'), E],
  [eu('Art. 13'), nist('MAP 2.2'), P],
  [eu('Art. 13'), oecd('1.3'), P],
  [eu('Art. 14'), nist('MAP 3.5'), P],
  [eu('Art. 14'), nist('GOVERN 3.2'), P],
  [eu('Art. 15'), nist('MEASURE 2.5'), P],
  [eu('Art. 15'), nist('MEASURE 2.7'), P],
  [eu('Art. 15'), iso('A.6.2.4'), P],
  [eu('Art. 15'), oecd('1.4'), P],
  [eu('Art. 17'), iso('A.6.1.3'), P],
  [eu('Art. 17'), iso('A.2.2'), R],
  [eu('Art. 43'), iso('A.6.2.4'), R],
  [eu('Art. 43'), nist('MEASURE 1.3'), R],
  [eu('Art. 49'), nist('GOVERN 1.6'), P],
  [eu('Art. 72'), nist('MANAGE 4.1'), E],
  [eu('Art. 72'), iso('A.6.2.6'), P],
  // High-risk deployers.
  [eu('Art. 26(2)'), nist('GOVERN 3.2'), P],
  [eu('Art. 26(2)'), nist('MAP 3.5'), P],
  [eu('Art. 26(2)'), iso('A.3.2'), R],
  [eu('Art. 26(4)'), iso('A.7.4'), P],
  [eu('Art. 26(5)'), iso('A.6.2.6'), P],
  [eu('Art. 26(5)'), nist('MANAGE 4.3'), P],
  [eu('Art. 26(5)'), iso('A.8.4'), P],
  [eu('Art. 26(6)'), iso('A.6.2.8'), P],
  [eu('Art. 26(11)'), iso('A.8.5'), P],
  [eu('Art. 26(11)'), oecd('1.3'), R],
  [eu('Art. 27'), iso('A.5.4'), P],
  [eu('Art. 27'), iso('A.5.3'), P],
  [eu('Art. 27'), nist('MAP 5.1'), P],
  [eu('Art. 27'), oecd('1.2'), R],
  // Transparency and general-purpose AI models.
  [eu('Art. 50(1)'), oecd('1.3'), P],
  [eu('Art. 50(2)'), oecd('1.3'), R],
  [eu('Art. 50(3)'), iso('A.8.5'), R],
  [eu('Art. 50(4)'), oecd('1.3'), R],
  [eu('Art. 53(1)(a)'), iso('A.6.2.7'), P],
  [eu('Art. 53(1)(b)'), iso('A.10.2'), P],
  [eu('Art. 53(1)(b)'), iso('A.10.3'), R],
  [eu('Art. 53(1)(c)'), nist('GOVERN 6.1'), P],
  [eu('Art. 53(1)(d)'), iso('A.7.5'), P],
  // NIST AI RMF and ISO/IEC 42001.
  [nist('GOVERN 1.2'), iso('A.2.2'), P],
  [nist('GOVERN 1.5'), iso('A.2.4'), P],
  [nist('GOVERN 1.6'), iso('A.4.2'), R],
  [nist('GOVERN 2.1'), iso('A.3.2'), E],
  [nist('GOVERN 4.3'), iso('A.3.3'), P],
  [nist('GOVERN 6.1'), iso('A.10.3'), P],
  [nist('GOVERN 6.1'), iso('A.10.2'), P],
  [nist('MAP 1.1'), iso('A.9.4'), P],
  [nist('MAP 1.6'), iso('A.6.2.2'), E],
  [nist('MAP 4.1'), iso('A.10.3'), P],
  [nist('MAP 5.1'), iso('A.5.4'), P],
  [nist('MAP 5.1'), iso('A.5.5'), P],
  [nist('MEASURE 2.1'), iso('A.6.2.4'), P],
  [nist('MEASURE 2.4'), iso('A.6.2.6'), E],
  [nist('MEASURE 3.3'), iso('A.3.3'), P],
  [nist('MEASURE 3.3'), iso('A.8.3'), R],
  [nist('MANAGE 3.1'), iso('A.10.3'), P],
  [nist('MANAGE 4.3'), iso('A.8.4'), E],
  [nist('GOVERN 1.7'), iso('A.6.2.6'), R],
  // OECD principles.
  [nist('MEASURE 2.6'), oecd('1.4'), P],
  [nist('MEASURE 2.7'), oecd('1.4'), P],
  [nist('MEASURE 2.9'), oecd('1.3'), P],
  [nist('MEASURE 2.10'), oecd('1.2'), R],
  [nist('MEASURE 2.11'), oecd('1.2'), P],
  [nist('MEASURE 2.12'), oecd('1.1'), R],
  [nist('GOVERN 2.3'), oecd('1.5'), P],
  [nist('GOVERN 2.2'), oecd('2.4'), R],
  [nist('GOVERN 1.1'), oecd('2.3'), R],
  [iso('A.3.2'), oecd('1.5'), P],
  [iso('A.8.2'), oecd('1.3'), P],
  [iso('A.5.5'), oecd('1.1'), P]
];

/** The seed mappings, each stored once (read both ways). */
export function seedMappings(): ControlMapping[] {
  return ROWS.map(([from, to, strength]) => ({ from, to, strength }));
}
