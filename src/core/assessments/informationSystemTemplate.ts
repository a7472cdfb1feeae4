/**
 * The information-system assessment (issue 18, part 4): an assessment team's review of one information system of the
 * inventory (a migration management information system, a case management system) on its technical, legal,
 * operational and financial dimensions, whose gaps become the scope of terms of reference for an upgrade. Seeded as
 * published version 1 in English, French and Spanish; it runs against an inventory record of type "Information
 * system" only (`templateTargetRules.ts`).
 */
import type { RiskCategory } from '../models/risk';
import type { LocalText, TemplateQuestion, TemplateSection, TemplateVersion } from './templateModel';

export const INFORMATION_SYSTEM_TEMPLATE_KEY = 'information-system';

type Q = { id: string; text: LocalText; guidance?: LocalText; category: RiskCategory; likelihood: number; impact: number; evidence?: boolean; scale?: LocalText[] };

const NO_GUIDANCE: LocalText = { en: '', fr: '', es: '' };

function yesNo(q: Q): TemplateQuestion {
  return {
    id: q.id, text: q.text, guidance: q.guidance ?? NO_GUIDANCE, answerType: q.scale ? 'scale' : 'yesNo', levels: q.scale ?? [], weight: 1,
    evidenceRequired: q.evidence === true, frameworkRefs: [], category: q.category, likelihood: q.likelihood, impact: q.impact
  };
}

function section(id: string, title: LocalText, questions: Q[]): TemplateSection {
  return { id, title, weight: 1, questions: questions.map(yesNo) };
}

/** Five levels for the system's capability questions (the usual capability steps, phrased for a system). */
const CAPABILITY_LEVELS: LocalText[] = [
  { en: 'Initial: nothing is documented; the system depends on one or two people.', fr: 'Initial : rien n\'est documenté ; le système dépend d\'une ou deux personnes.', es: 'Inicial: nada está documentado; el sistema depende de una o dos personas.' },
  { en: 'Developing: some documentation and procedures exist, applied unevenly.', fr: 'En développement : une partie de la documentation et des procédures existe, appliquée de façon inégale.', es: 'En desarrollo: existen parte de la documentación y de los procedimientos, aplicados de forma desigual.' },
  { en: 'Defined: documented, agreed procedures with named roles.', fr: 'Défini : procédures documentées et convenues, avec des rôles nommés.', es: 'Definido: procedimientos documentados y acordados, con roles asignados.' },
  { en: 'Managed: procedures are followed and measured (service levels, incidents, capacity).', fr: 'Maîtrisé : les procédures sont suivies et mesurées (niveaux de service, incidents, capacité).', es: 'Gestionado: los procedimientos se siguen y se miden (niveles de servicio, incidentes, capacidad).' },
  { en: 'Optimised: measurements drive regular improvement of the system and its operation.', fr: 'Optimisé : les mesures guident l\'amélioration régulière du système et de son exploitation.', es: 'Optimizado: las mediciones guían la mejora periódica del sistema y de su operación.' }
];

const SECTIONS: TemplateSection[] = [
  section('architecture', { en: 'Architecture and hosting', fr: 'Architecture et hébergement', es: 'Arquitectura y alojamiento' }, [
    { id: 'architecture-documented', category: 'Operational', likelihood: 3, impact: 3, evidence: true,
      text: { en: 'The system\'s architecture (components, hosting, data flows) is documented and current.', fr: 'L\'architecture du système (composants, hébergement, flux de données) est documentée et à jour.', es: 'La arquitectura del sistema (componentes, alojamiento, flujos de datos) está documentada y actualizada.' } },
    { id: 'hosting-supported', category: 'Information security', likelihood: 3, impact: 4,
      text: { en: 'The system runs on supported, patched platforms (operating system, runtime, framework versions still maintained).', fr: 'Le système fonctionne sur des plateformes prises en charge et mises à jour (système d\'exploitation, environnement d\'exécution, versions de frameworks encore maintenues).', es: 'El sistema funciona en plataformas con soporte y actualizadas (sistema operativo, entorno de ejecución, versiones de frameworks aún mantenidas).' } },
    { id: 'hosting-location', category: 'Regulatory compliance', likelihood: 2, impact: 4,
      text: { en: 'Where the system and its data are hosted (country, provider) is known and allowed by the organisation\'s policies.', fr: 'Le lieu d\'hébergement du système et de ses données (pays, prestataire) est connu et autorisé par les politiques de l\'organisation.', es: 'Se conoce el lugar de alojamiento del sistema y de sus datos (país, proveedor) y está permitido por las políticas de la organización.' } }
  ]),
  section('database', { en: 'Database', fr: 'Base de données', es: 'Base de datos' }, [
    { id: 'data-model', category: 'Data quality', likelihood: 3, impact: 3,
      text: { en: 'The data model (tables, fields, code lists) is documented with definitions.', fr: 'Le modèle de données (tables, champs, listes de codes) est documenté avec ses définitions.', es: 'El modelo de datos (tablas, campos, listas de códigos) está documentado con sus definiciones.' } },
    { id: 'backup-restore', category: 'Operational', likelihood: 3, impact: 5, evidence: true,
      text: { en: 'Backups are taken on a schedule and a restore was tested in the last twelve months.', fr: 'Des sauvegardes sont faites selon un calendrier et une restauration a été testée au cours des douze derniers mois.', es: 'Se hacen copias de seguridad según un calendario y se probó una restauración en los últimos doce meses.' } },
    { id: 'data-quality-controls', category: 'Data quality', likelihood: 3, impact: 3,
      text: { en: 'Entry validation and duplicate checks keep records complete and unique.', fr: 'Des contrôles à la saisie et de doublons maintiennent des enregistrements complets et uniques.', es: 'Los controles en la entrada y de duplicados mantienen los registros completos y únicos.' } }
  ]),
  section('interfaces', { en: 'Interfaces and interoperability standards', fr: 'Interfaces et normes d\'interopérabilité', es: 'Interfaces y normas de interoperabilidad' }, [
    { id: 'interfaces-documented', category: 'Operational', likelihood: 3, impact: 3,
      text: { en: 'Every interface with other systems (APIs, file exchanges) is listed and documented.', fr: 'Chaque interface avec d\'autres systèmes (API, échanges de fichiers) est recensée et documentée.', es: 'Cada interfaz con otros sistemas (API, intercambios de archivos) está inventariada y documentada.' } },
    { id: 'open-standards', category: 'Operational', likelihood: 2, impact: 3,
      text: { en: 'Exchanges use open standards (e.g. REST/JSON, ISO 3166 country codes, ISO 8601 dates) rather than proprietary formats.', fr: 'Les échanges utilisent des normes ouvertes (par ex. REST/JSON, codes pays ISO 3166, dates ISO 8601) plutôt que des formats propriétaires.', es: 'Los intercambios usan normas abiertas (p. ej. REST/JSON, códigos de país ISO 3166, fechas ISO 8601) en lugar de formatos propietarios.' } },
    { id: 'interoperability-maturity', category: 'Operational', likelihood: 3, impact: 3, scale: CAPABILITY_LEVELS,
      text: { en: 'How mature is the system\'s interoperability with partners\' and government systems?', fr: 'Quelle est la maturité de l\'interopérabilité du système avec les systèmes des partenaires et des administrations ?', es: '¿Qué grado de madurez tiene la interoperabilidad del sistema con los sistemas de los socios y de las administraciones?' } }
  ]),
  section('security', { en: 'Security', fr: 'Sécurité', es: 'Seguridad' }, [
    { id: 'access-roles', category: 'Information security', likelihood: 4, impact: 4,
      text: { en: 'Access is role-based, with single sign-on or strong authentication, and reviewed at least yearly.', fr: 'L\'accès est fondé sur les rôles, avec authentification unique ou forte, et revu au moins une fois par an.', es: 'El acceso se basa en roles, con inicio de sesión único o autenticación robusta, y se revisa al menos una vez al año.' } },
    { id: 'encryption', category: 'Information security', likelihood: 3, impact: 5,
      text: { en: 'Data is encrypted in transit and at rest.', fr: 'Les données sont chiffrées en transit et au repos.', es: 'Los datos están cifrados en tránsito y en reposo.' } },
    { id: 'audit-log', category: 'Information security', likelihood: 3, impact: 4,
      text: { en: 'An audit log records who viewed or changed personal records, and it is kept and reviewed.', fr: 'Un journal d\'audit enregistre qui a consulté ou modifié les dossiers personnels, et il est conservé et revu.', es: 'Un registro de auditoría anota quién consultó o modificó los expedientes personales, y se conserva y se revisa.' } },
    { id: 'security-test', category: 'Information security', likelihood: 3, impact: 4, evidence: true,
      text: { en: 'A vulnerability scan or penetration test was done in the last twelve months and its findings treated.', fr: 'Une analyse de vulnérabilités ou un test d\'intrusion a été réalisé au cours des douze derniers mois et ses constats traités.', es: 'Se realizó un análisis de vulnerabilidades o una prueba de penetración en los últimos doce meses y se trataron sus hallazgos.' } }
  ]),
  section('data-protection', { en: 'Data protection / GDPR', fr: 'Protection des données / RGPD', es: 'Protección de datos / RGPD' }, [
    { id: 'ropa-recorded', category: 'Data protection', likelihood: 3, impact: 3,
      text: { en: 'The processing the system supports is in the records of processing, with its purposes and legal basis.', fr: 'Le traitement que le système soutient figure au registre des traitements, avec ses finalités et sa base juridique.', es: 'El tratamiento que el sistema respalda figura en el registro de actividades de tratamiento, con sus finalidades y su base jurídica.' } },
    { id: 'dpia-done', category: 'Data protection', likelihood: 3, impact: 5, evidence: true,
      text: { en: 'A data protection impact assessment covers the system (it processes sensitive data on vulnerable people).', fr: 'Une analyse d\'impact relative à la protection des données couvre le système (il traite des données sensibles de personnes vulnérables).', es: 'Una evaluación de impacto relativa a la protección de datos cubre el sistema (trata datos sensibles de personas vulnerables).' } },
    { id: 'retention-enforced', category: 'Data protection', likelihood: 3, impact: 3,
      text: { en: 'Retention periods are configured in the system and expired records are deleted or anonymised.', fr: 'Les durées de conservation sont paramétrées dans le système et les dossiers échus sont supprimés ou anonymisés.', es: 'Los plazos de conservación están configurados en el sistema y los expedientes vencidos se suprimen o se anonimizan.' } },
    { id: 'subject-rights', category: 'Data protection', likelihood: 2, impact: 3,
      text: { en: 'The system lets staff answer a data subject\'s request for access, correction or deletion.', fr: 'Le système permet au personnel de répondre à une demande d\'accès, de rectification ou d\'effacement d\'une personne concernée.', es: 'El sistema permite al personal atender una solicitud de acceso, rectificación o supresión de un interesado.' } }
  ]),
  section('operations', { en: 'Operational capacity', fr: 'Capacité opérationnelle', es: 'Capacidad operativa' }, [
    { id: 'support-team', category: 'Operational', likelihood: 3, impact: 4,
      text: { en: 'A named team supports the system, with more than one person able to maintain it.', fr: 'Une équipe nommée assure le support du système, avec plus d\'une personne capable de le maintenir.', es: 'Un equipo designado da soporte al sistema, con más de una persona capaz de mantenerlo.' } },
    { id: 'user-training', category: 'Operational', likelihood: 3, impact: 3,
      text: { en: 'Users are trained and have current user guides in their working languages.', fr: 'Les utilisateurs sont formés et disposent de guides à jour dans leurs langues de travail.', es: 'Los usuarios están formados y disponen de guías actualizadas en sus idiomas de trabajo.' } },
    { id: 'operations-maturity', category: 'Operational', likelihood: 3, impact: 3, scale: CAPABILITY_LEVELS,
      text: { en: 'How mature is the system\'s operation (service levels, incident handling, monitoring, continuity)?', fr: 'Quelle est la maturité de l\'exploitation du système (niveaux de service, gestion des incidents, supervision, continuité) ?', es: '¿Qué grado de madurez tiene la operación del sistema (niveles de servicio, gestión de incidentes, supervisión, continuidad)?' } }
  ]),
  section('costs', { en: 'Costs', fr: 'Coûts', es: 'Costes' }, [
    { id: 'tco-known', category: 'Operational', likelihood: 3, impact: 3,
      text: { en: 'The yearly cost of the system (licences, hosting, support, staff) is known.', fr: 'Le coût annuel du système (licences, hébergement, support, personnel) est connu.', es: 'Se conoce el coste anual del sistema (licencias, alojamiento, soporte, personal).' } },
    { id: 'funding-secured', category: 'Operational', likelihood: 3, impact: 4,
      text: { en: 'Funding for running and maintaining the system is secured for the next two years.', fr: 'Le financement de l\'exploitation et de la maintenance du système est assuré pour les deux prochaines années.', es: 'La financiación de la operación y el mantenimiento del sistema está asegurada para los próximos dos años.' } },
    { id: 'vendor-lock-in', category: 'Third party and vendor', likelihood: 3, impact: 3,
      text: { en: 'The organisation owns its data and source code, or holds an exit clause, so it can change supplier.', fr: 'L\'organisation possède ses données et son code source, ou dispose d\'une clause de sortie, et peut donc changer de prestataire.', es: 'La organización es dueña de sus datos y de su código fuente, o tiene una cláusula de salida, y puede cambiar de proveedor.' } }
  ]),
  section('stakeholders', { en: 'Stakeholders\' requirements', fr: 'Exigences des parties prenantes', es: 'Requisitos de las partes interesadas' }, [
    { id: 'requirements-collected', category: 'Operational', likelihood: 3, impact: 3,
      guidance: { en: 'Record each requirement in the run\'s "Stakeholder requirements" part.', fr: 'Consignez chaque exigence dans la partie « Exigences des parties prenantes » de l\'évaluation.', es: 'Registre cada requisito en la parte «Requisitos de las partes interesadas» de la evaluación.' },
      text: { en: 'Requirements were collected from the institutions that use or feed the system (ministries, partners, field offices).', fr: 'Les exigences ont été recueillies auprès des institutions qui utilisent ou alimentent le système (ministères, partenaires, bureaux de terrain).', es: 'Se recogieron los requisitos de las instituciones que usan o alimentan el sistema (ministerios, socios, oficinas sobre el terreno).' } },
    { id: 'requirements-met', category: 'Operational', likelihood: 3, impact: 3, scale: CAPABILITY_LEVELS,
      text: { en: 'How well does the system meet its stakeholders\' current needs?', fr: 'Dans quelle mesure le système répond-il aux besoins actuels de ses parties prenantes ?', es: '¿En qué medida responde el sistema a las necesidades actuales de sus partes interesadas?' } }
  ])
];

/** The information-system assessment, published version 1, against a Data Inventory record of type "Information system". */
export function informationSystemTemplate(): TemplateVersion {
  return {
    key: INFORMATION_SYSTEM_TEMPLATE_KEY,
    version: 1,
    state: 'Published',
    title: { en: 'Information system assessment', fr: 'Évaluation d\'un système d\'information', es: 'Evaluación de un sistema de información' },
    description: {
      en: 'For an information system of the inventory: architecture and hosting, database, interfaces, security, data protection, operational capacity, costs and stakeholders\' requirements; the gaps become the terms of reference of an upgrade.',
      fr: 'Pour un système d\'information de l\'inventaire : architecture et hébergement, base de données, interfaces, sécurité, protection des données, capacité opérationnelle, coûts et exigences des parties prenantes ; les écarts deviennent les termes de référence d\'une mise à niveau.',
      es: 'Para un sistema de información del inventario: arquitectura y alojamiento, base de datos, interfaces, seguridad, protección de datos, capacidad operativa, costes y requisitos de las partes interesadas; las brechas se convierten en los términos de referencia de una actualización.'
    },
    targetList: 'dataAssets',
    body: { includeAIActObligations: false, sections: SECTIONS }
  };
}
