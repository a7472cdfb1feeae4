/**
 * NIST AI RMF 1.0 (NIST AI 100-1, January 2023): the 72 subcategories of the Core's four functions, numbered as the
 * publication numbers them. Titles are short paraphrases written for this suite, not NIST's wording: review them
 * against the published text before relying on them.
 */
import type { FrameworkControl } from './types';

type Row = readonly [id: string, title: string];

const GOVERN: readonly Row[] = [
  ['GOVERN 1.1', 'Legal and regulatory requirements on AI are understood, managed and documented'],
  ['GOVERN 1.2', 'Trustworthy AI characteristics are built into policies, processes and practices'],
  ['GOVERN 1.3', 'The level of risk management needed is set from the organisation\'s risk tolerance'],
  ['GOVERN 1.4', 'The risk management process and its outcomes are set through transparent policies and controls'],
  ['GOVERN 1.5', 'Risk management is monitored and reviewed periodically, with roles and review frequency set'],
  ['GOVERN 1.6', 'Mechanisms are in place to inventory AI systems'],
  ['GOVERN 1.7', 'AI systems can be decommissioned and phased out safely'],
  ['GOVERN 2.1', 'Roles, responsibilities and lines of communication for AI risks are documented and clear'],
  ['GOVERN 2.2', 'Staff and partners receive AI risk management training'],
  ['GOVERN 2.3', 'Executive leadership takes responsibility for decisions about AI risks'],
  ['GOVERN 3.1', 'Decisions on AI risks are informed by a diverse team'],
  ['GOVERN 3.2', 'Roles for human-AI configurations and human oversight are defined'],
  ['GOVERN 4.1', 'Policies foster critical thinking and a safety-first mindset'],
  ['GOVERN 4.2', 'Teams document the risks and impacts of the AI they build or use and communicate them'],
  ['GOVERN 4.3', 'Practices enable AI testing, incident identification and information sharing'],
  ['GOVERN 5.1', 'Feedback from external parties on individual and societal impacts is collected and used'],
  ['GOVERN 5.2', 'Feedback from relevant AI actors is regularly built into system design and implementation'],
  ['GOVERN 6.1', 'Policies address risks from third-party software, data and intellectual property'],
  ['GOVERN 6.2', 'Contingency processes handle failures or incidents in high-risk third-party data or AI systems']
];

const MAP: readonly Row[] = [
  ['MAP 1.1', 'Intended purposes, beneficial uses, applicable laws, norms and settings are understood and documented'],
  ['MAP 1.2', 'The people establishing the context are interdisciplinary and diverse'],
  ['MAP 1.3', 'The organisation\'s mission and goals for the AI technology are documented'],
  ['MAP 1.4', 'The business value or context of use is defined or re-evaluated'],
  ['MAP 1.5', 'Organisational risk tolerances are determined and documented'],
  ['MAP 1.6', 'System requirements are elicited from and understood by relevant AI actors'],
  ['MAP 2.1', 'The tasks the system supports and the methods used for them are defined'],
  ['MAP 2.2', 'The system\'s knowledge limits and how people use and oversee its output are documented'],
  ['MAP 2.3', 'Scientific integrity and test, evaluation, verification and validation (TEVV) considerations are documented'],
  ['MAP 3.1', 'Potential benefits of the intended functionality are examined and documented'],
  ['MAP 3.2', 'Potential costs, including non-monetary costs of errors, are examined and documented'],
  ['MAP 3.3', 'The targeted application scope is specified from the system\'s capability, context and categorisation'],
  ['MAP 3.4', 'Processes for operator and practitioner proficiency are defined, assessed and documented'],
  ['MAP 3.5', 'Processes for human oversight are defined, assessed and documented'],
  ['MAP 4.1', 'Technology and legal risks of components, including third-party data and software, are mapped'],
  ['MAP 4.2', 'Internal risk controls for components, including third-party AI, are identified and documented'],
  ['MAP 5.1', 'The likelihood and magnitude of each identified impact are identified and documented'],
  ['MAP 5.2', 'Regular engagement with relevant AI actors and feedback on impacts are in place and documented']
];

const MEASURE: readonly Row[] = [
  ['MEASURE 1.1', 'Approaches and metrics for the most significant mapped risks are selected'],
  ['MEASURE 1.2', 'The fitness of metrics and the effectiveness of existing controls are regularly assessed'],
  ['MEASURE 1.3', 'Internal experts not involved in development, or independent assessors, take part in assessments'],
  ['MEASURE 2.1', 'Test sets, metrics and tools used in TEVV are documented'],
  ['MEASURE 2.2', 'Evaluations involving human subjects meet applicable requirements and are representative'],
  ['MEASURE 2.3', 'Performance or assurance criteria are measured and shown for conditions like deployment'],
  ['MEASURE 2.4', 'The system\'s functionality and behaviour are monitored in production'],
  ['MEASURE 2.5', 'The system is shown to be valid and reliable; limits of generalisation are documented'],
  ['MEASURE 2.6', 'The system is regularly evaluated for safety risks'],
  ['MEASURE 2.7', 'Security and resilience are evaluated and documented'],
  ['MEASURE 2.8', 'Risks to transparency and accountability are examined and documented'],
  ['MEASURE 2.9', 'The model is explained, validated and documented, and its output interpreted in context'],
  ['MEASURE 2.10', 'Privacy risk is examined and documented'],
  ['MEASURE 2.11', 'Fairness and bias are evaluated and the results documented'],
  ['MEASURE 2.12', 'Environmental impact and sustainability are assessed and documented'],
  ['MEASURE 2.13', 'The effectiveness of TEVV metrics and processes is evaluated and documented'],
  ['MEASURE 3.1', 'Existing, unanticipated and emergent AI risks are regularly identified and tracked'],
  ['MEASURE 3.2', 'Risk tracking is considered where risks are hard to assess with available measurement'],
  ['MEASURE 3.3', 'End users and affected communities can report problems and appeal outcomes'],
  ['MEASURE 4.1', 'Measurement approaches for deployment-context risks are informed by domain experts and users'],
  ['MEASURE 4.2', 'Trustworthiness results in deployment are validated with domain experts and relevant AI actors'],
  ['MEASURE 4.3', 'Measurable performance improvements or declines are identified and documented']
];

const MANAGE: readonly Row[] = [
  ['MANAGE 1.1', 'It is determined whether the system meets its purpose and whether development or deployment should proceed'],
  ['MANAGE 1.2', 'Treatment of documented risks is prioritised by impact, likelihood and resources'],
  ['MANAGE 1.3', 'Responses to high-priority risks (mitigate, transfer, avoid, accept) are planned and documented'],
  ['MANAGE 1.4', 'Negative residual risks to downstream acquirers and end users are documented'],
  ['MANAGE 2.1', 'Resources to manage AI risks, and non-AI alternatives, are taken into account'],
  ['MANAGE 2.2', 'Mechanisms sustain the value of deployed AI systems'],
  ['MANAGE 2.3', 'Procedures respond to and recover from a previously unknown risk'],
  ['MANAGE 2.4', 'Mechanisms and responsibilities exist to supersede, disengage or deactivate a system'],
  ['MANAGE 3.1', 'Risks and benefits from third-party resources are monitored and controls applied'],
  ['MANAGE 3.2', 'Pre-trained models used in development are monitored as part of maintenance'],
  ['MANAGE 4.1', 'Post-deployment monitoring plans are implemented (user input, appeal, decommissioning, incidents, change)'],
  ['MANAGE 4.2', 'Measurable continual improvement activities are built into system updates'],
  ['MANAGE 4.3', 'Incidents and errors are communicated to relevant AI actors and affected communities, and tracked']
];

/** The subcategories, function by function in the publication's order. */
export function nistAiRmfControls(): FrameworkControl[] {
  const functions: readonly [string, readonly Row[]][] = [['GOVERN', GOVERN], ['MAP', MAP], ['MEASURE', MEASURE], ['MANAGE', MANAGE]];
  return functions.flatMap(([group, rows]) => rows.map(([id, title]) => ({ framework: 'nistAiRmf' as const, id, title, group })));
}
