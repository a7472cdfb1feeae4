/**
 * The seed of the AssessmentTemplates list: the three built-in checklists (`templates.ts`, the English reference)
 * as published version 1, with their French and Spanish texts. Provisioning writes them to a fresh site; after that
 * the list is the source and leads edit it. Article ids stay as in the texts ("Art. 26(6)").
 */
import type { AssessmentTemplate } from './types';
import { ASSESSMENT_TEMPLATES } from './templates';
import type { LocalText, TemplateVersion } from './templateModel';
import { informationSystemTemplate } from './informationSystemTemplate';

type Translation = readonly [fr: string, es: string];

const TITLES: Readonly<Record<string, { title: Translation; description: Translation }>> = {
  'data-protection': {
    title: ['Contrôle de protection des données (registre des traitements)', 'Control de protección de datos (registro de actividades de tratamiento)'],
    description: [
      'Pour un jeu de données contenant des données personnelles : son traitement est-il inscrit au registre, licite, minimal, sécurisé et limité dans le temps ?',
      'Para un conjunto de datos con datos personales: ¿su tratamiento está registrado, es lícito, mínimo, seguro y limitado en el tiempo?'
    ]
  },
  'ai-act-deployer': {
    title: ['Obligations du déployeur au titre du règlement européen sur l\'IA', 'Obligaciones del responsable del despliegue según el Reglamento europeo de IA'],
    description: [
      'Pour un système d\'IA à haut risque en service : les obligations issues de sa classification sont-elles respectées, preuves à l\'appui ?',
      'Para un sistema de IA de alto riesgo en uso: ¿se cumplen, con pruebas, las obligaciones que resultan de su clasificación?'
    ]
  },
  'mission-baseline': {
    title: ['Socle de gouvernance des données d\'une mission', 'Base de gobernanza de datos de una misión'],
    description: [
      'Pour une mission : les bases de la gouvernance des données sont-elles en place (personnes, inventaire, dépositaires, accords, formation) ?',
      'Para una misión: ¿están en marcha los fundamentos de la gobernanza de datos (personas, inventario, custodios, acuerdos, formación)?'
    ]
  }
};

const QUESTIONS: Readonly<Record<string, Translation>> = {
  // Data protection check
  'data-protection/ropa-entry': [
    'Le traitement est inscrit au registre des activités de traitement (finalité, catégories, destinataires).',
    'El tratamiento figura en el registro de actividades de tratamiento (finalidad, categorías, destinatarios).'
  ],
  'data-protection/legal-basis': [
    'Une base juridique du traitement est identifiée et documentée.',
    'Se ha identificado y documentado una base jurídica para el tratamiento.'
  ],
  'data-protection/minimisation': [
    'Seules les données personnelles nécessaires à la finalité sont collectées et conservées.',
    'Solo se recogen y conservan los datos personales necesarios para la finalidad.'
  ],
  'data-protection/retention': [
    'Une durée de conservation est fixée et les données qui la dépassent sont supprimées ou anonymisées.',
    'Se ha fijado un plazo de conservación y los datos que lo superan se suprimen o se anonimizan.'
  ],
  'data-protection/access-control': [
    'L\'accès est limité aux personnes qui en ont besoin et revu au moins une fois par an.',
    'El acceso se limita a las personas que lo necesitan y se revisa al menos una vez al año.'
  ],
  'data-protection/sharing-agreements': [
    'Chaque transfert à un partenaire ou à un tiers est couvert par un accord de partage de données.',
    'Cada transferencia a un socio o a un tercero está cubierta por un acuerdo de intercambio de datos.'
  ],
  'data-protection/data-subjects-informed': [
    'Les personnes concernées sont informées du traitement et de la manière d\'exercer leurs droits.',
    'Los interesados están informados del tratamiento y de cómo ejercer sus derechos.'
  ],
  'data-protection/dpia': [
    'Une analyse d\'impact relative à la protection des données a été réalisée lorsque le traitement présente un risque élevé (données sensibles, personnes vulnérables).',
    'Se ha realizado una evaluación de impacto relativa a la protección de datos cuando el tratamiento entraña un alto riesgo (datos sensibles, personas vulnerables).'
  ],
  'data-protection/classification': [
    'Le jeu de données est classé au moins Confidentiel et porte l\'étiquette de confidentialité correspondante.',
    'El conjunto de datos está clasificado al menos como Confidencial y lleva la etiqueta de confidencialidad correspondiente.'
  ],
  'data-protection/breach-procedure': [
    'Le dépositaire sait comment signaler une violation de données personnelles dans le délai requis.',
    'El custodio sabe cómo notificar una violación de la seguridad de los datos personales en el plazo exigido.'
  ],
  // EU AI Act deployer obligations
  'ai-act-deployer/classification-verified': [
    'La classification du système au titre du règlement européen sur l\'IA a été vérifiée par un responsable de la gouvernance autre que la personne qui l\'a soumise.',
    'La clasificación del sistema según el Reglamento europeo de IA fue verificada por un responsable de gobernanza distinto de quien la presentó.'
  ],
  'ai-act-deployer/instructions-for-use': [
    'La notice d\'utilisation du fournisseur est archivée et respectée.',
    'Las instrucciones de uso del proveedor están archivadas y se siguen.'
  ],
  'ai-act-deployer/bias-testing': [
    'Les résultats ont été vérifiés quant aux biais envers les personnes concernées par le système, et les résultats de cette vérification consignés.',
    'Se han comprobado los resultados en busca de sesgos hacia las personas a las que afecta el sistema, y se han registrado las conclusiones.'
  ],
  // Mission baseline
  'mission-baseline/focal-point': [
    'Un point focal données est désigné pour la mission.',
    'Se ha designado un punto focal de datos para la misión.'
  ],
  'mission-baseline/inventory-started': [
    'Les jeux de données de la mission sont inscrits à l\'inventaire des données.',
    'Los conjuntos de datos de la misión figuran en el inventario de datos.'
  ],
  'mission-baseline/registry-custodian': [
    'Chaque registre de bénéficiaires a un dépositaire des données confirmé.',
    'Cada registro de beneficiarios tiene un custodio de datos confirmado.'
  ],
  'mission-baseline/sharing-register': [
    'Les accords de partage de données avec les partenaires sont enregistrés et à jour.',
    'Los acuerdos de intercambio de datos con los socios están registrados y vigentes.'
  ],
  'mission-baseline/training': [
    'Le personnel qui traite des données personnelles a suivi cette année une formation à la protection des données.',
    'El personal que trata datos personales ha completado este año una formación en protección de datos.'
  ],
  'mission-baseline/incident-reporting': [
    'Le personnel sait comment signaler un incident de données, et les incidents sont consignés.',
    'El personal sabe cómo notificar un incidente de datos, y los incidentes se registran.'
  ],
  'mission-baseline/ai-tools-registered': [
    'Les outils d\'IA utilisés par la mission sont inscrits au registre de l\'IA.',
    'Las herramientas de IA que utiliza la misión están inscritas en el registro de IA.'
  ]
};

/** What the seed questions give evidence for, as crosswalk control keys. */
const FRAMEWORK_REFS: Readonly<Record<string, readonly string[]>> = {
  'ai-act-deployer/classification-verified': ['euAiAct:Art. 6'],
  'ai-act-deployer/instructions-for-use': ['euAiAct:Art. 13'],
  'ai-act-deployer/bias-testing': ['nistAiRmf:MEASURE 2.11']
};

const CHECKLIST_SECTION: LocalText = { en: 'Checklist', fr: 'Liste de contrôle', es: 'Lista de verificación' };

function text(en: string, translation: Translation | undefined): LocalText {
  return { en, fr: translation?.[0] ?? '', es: translation?.[1] ?? '' };
}

/** A built-in English template as published version 1 in the three languages, one section, equal weights. */
export function seedTemplateVersion(template: AssessmentTemplate): TemplateVersion {
  const titles = TITLES[template.key];
  return {
    key: template.key,
    version: template.version,
    state: 'Published',
    title: text(template.title, titles?.title),
    description: text(template.description, titles?.description),
    targetList: template.targetList,
    body: {
      includeAIActObligations: template.includeAIActObligations === true,
      sections: [{
        id: 'checklist',
        title: CHECKLIST_SECTION,
        weight: 1,
        questions: template.questions.map((q) => ({
          id: q.id,
          text: text(q.text, QUESTIONS[`${template.key}/${q.id}`]),
          guidance: { en: q.guidance ?? '', fr: '', es: '' },
          answerType: 'yesNo',
          levels: [],
          weight: 1,
          evidenceRequired: q.evidenceRequired === true,
          frameworkRefs: FRAMEWORK_REFS[`${template.key}/${q.id}`] ?? [],
          category: q.category,
          likelihood: q.likelihood,
          impact: q.impact
        }))
      }]
    }
  };
}

/**
 * The templates provisioning seeds, in the order the UI offers them: the three checklists, the DMBOK maturity
 * self-assessment, then the information-system assessment.
 */
export function seedTemplates(): TemplateVersion[] {
  return [...ASSESSMENT_TEMPLATES.map(seedTemplateVersion), dmbokMaturityTemplate(), informationSystemTemplate()];
}

/**
 * The DAMA-DMBOK knowledge areas (DMBOK2's wheel, data governance at its centre), each one maturity question of the
 * data governance maturity self-assessment (issue 18, part 2's template, seeded here as data: the scorecard view of
 * maturity by area, targets and trends is part 2's work).
 */
const DMBOK_AREAS: readonly { id: string; title: LocalText; text: LocalText }[] = [
  {
    id: 'governance',
    title: { en: 'Data governance', fr: 'Gouvernance des données', es: 'Gobernanza de datos' },
    text: {
      en: 'How mature are data governance roles, policies and decision-making (owners, custodians, a governance body, escalation)?',
      fr: 'Quelle est la maturité des rôles, des politiques et de la prise de décision en matière de gouvernance des données (propriétaires, dépositaires, instance de gouvernance, escalade) ?',
      es: '¿Qué grado de madurez tienen los roles, las políticas y la toma de decisiones de gobernanza de datos (propietarios, custodios, órgano de gobernanza, escalamiento)?'
    }
  },
  {
    id: 'architecture',
    title: { en: 'Data architecture', fr: 'Architecture des données', es: 'Arquitectura de datos' },
    text: {
      en: 'How mature is the description of the organisation\'s data (enterprise data model, data flows between systems, standards)?',
      fr: 'Quelle est la maturité de la description des données de l\'organisation (modèle de données d\'entreprise, flux de données entre systèmes, normes) ?',
      es: '¿Qué grado de madurez tiene la descripción de los datos de la organización (modelo de datos empresarial, flujos de datos entre sistemas, normas)?'
    }
  },
  {
    id: 'modelling',
    title: { en: 'Data modelling and design', fr: 'Modélisation et conception des données', es: 'Modelado y diseño de datos' },
    text: {
      en: 'How mature are data modelling and design practices (conceptual, logical and physical models, reviewed and kept current)?',
      fr: 'Quelle est la maturité des pratiques de modélisation et de conception des données (modèles conceptuels, logiques et physiques, revus et tenus à jour) ?',
      es: '¿Qué grado de madurez tienen las prácticas de modelado y diseño de datos (modelos conceptuales, lógicos y físicos, revisados y actualizados)?'
    }
  },
  {
    id: 'storage',
    title: { en: 'Data storage and operations', fr: 'Stockage et exploitation des données', es: 'Almacenamiento y operaciones de datos' },
    text: {
      en: 'How mature are the storage and operation of databases (backup and recovery, performance, retention, decommissioning)?',
      fr: 'Quelle est la maturité du stockage et de l\'exploitation des bases de données (sauvegarde et restauration, performances, conservation, mise hors service) ?',
      es: '¿Qué grado de madurez tienen el almacenamiento y la operación de las bases de datos (copias de seguridad y recuperación, rendimiento, conservación, retirada)?'
    }
  },
  {
    id: 'security',
    title: { en: 'Data security', fr: 'Sécurité des données', es: 'Seguridad de los datos' },
    text: {
      en: 'How mature is data security (classification, access control, encryption, monitoring and incident handling)?',
      fr: 'Quelle est la maturité de la sécurité des données (classification, contrôle d\'accès, chiffrement, surveillance et gestion des incidents) ?',
      es: '¿Qué grado de madurez tiene la seguridad de los datos (clasificación, control de acceso, cifrado, supervisión y gestión de incidentes)?'
    }
  },
  {
    id: 'integration',
    title: { en: 'Data integration and interoperability', fr: 'Intégration et interopérabilité des données', es: 'Integración e interoperabilidad de datos' },
    text: {
      en: 'How mature are data integration and interoperability (documented interfaces, shared standards, monitored exchanges)?',
      fr: 'Quelle est la maturité de l\'intégration et de l\'interopérabilité des données (interfaces documentées, normes communes, échanges surveillés) ?',
      es: '¿Qué grado de madurez tienen la integración y la interoperabilidad de datos (interfaces documentadas, normas comunes, intercambios supervisados)?'
    }
  },
  {
    id: 'documents',
    title: { en: 'Document and content management', fr: 'Gestion des documents et des contenus', es: 'Gestión de documentos y contenidos' },
    text: {
      en: 'How mature is the management of documents and records (classification, retention schedules, disposal, findability)?',
      fr: 'Quelle est la maturité de la gestion des documents et des archives (classement, calendriers de conservation, élimination, facilité de recherche) ?',
      es: '¿Qué grado de madurez tiene la gestión de documentos y archivos (clasificación, calendarios de conservación, eliminación, facilidad de búsqueda)?'
    }
  },
  {
    id: 'reference-master',
    title: { en: 'Reference and master data', fr: 'Données de référence et données maîtres', es: 'Datos de referencia y datos maestros' },
    text: {
      en: 'How mature is the management of reference and master data (shared code lists, one authoritative record per entity)?',
      fr: 'Quelle est la maturité de la gestion des données de référence et des données maîtres (listes de codes communes, un enregistrement de référence par entité) ?',
      es: '¿Qué grado de madurez tiene la gestión de los datos de referencia y maestros (listas de códigos comunes, un registro de referencia por entidad)?'
    }
  },
  {
    id: 'warehousing-bi',
    title: { en: 'Data warehousing and business intelligence', fr: 'Entrepôts de données et informatique décisionnelle', es: 'Almacenes de datos e inteligencia de negocio' },
    text: {
      en: 'How mature are data warehousing and reporting (trusted sources for figures, documented indicators, governed dashboards)?',
      fr: 'Quelle est la maturité des entrepôts de données et du reporting (sources fiables pour les chiffres, indicateurs documentés, tableaux de bord gouvernés) ?',
      es: '¿Qué grado de madurez tienen los almacenes de datos y los informes (fuentes fiables para las cifras, indicadores documentados, cuadros de mando gobernados)?'
    }
  },
  {
    id: 'metadata',
    title: { en: 'Metadata management', fr: 'Gestion des métadonnées', es: 'Gestión de metadatos' },
    text: {
      en: 'How mature is metadata management (an inventory of datasets with owners, definitions, lineage and sensitivity)?',
      fr: 'Quelle est la maturité de la gestion des métadonnées (un inventaire des jeux de données avec propriétaires, définitions, lignage et sensibilité) ?',
      es: '¿Qué grado de madurez tiene la gestión de metadatos (un inventario de conjuntos de datos con propietarios, definiciones, linaje y sensibilidad)?'
    }
  },
  {
    id: 'quality',
    title: { en: 'Data quality', fr: 'Qualité des données', es: 'Calidad de los datos' },
    text: {
      en: 'How mature is data quality management (quality rules, measurement, issue tracking and remediation)?',
      fr: 'Quelle est la maturité de la gestion de la qualité des données (règles de qualité, mesure, suivi et correction des anomalies) ?',
      es: '¿Qué grado de madurez tiene la gestión de la calidad de los datos (reglas de calidad, medición, seguimiento y corrección de incidencias)?'
    }
  }
];

/** The five levels, the same for every area: the usual capability-maturity steps, phrased for data practices. */
const MATURITY_LEVELS: readonly LocalText[] = [
  {
    en: 'Initial: practices are ad hoc and depend on individuals; nothing is documented.',
    fr: 'Initial : les pratiques sont improvisées et dépendent des personnes ; rien n\'est documenté.',
    es: 'Inicial: las prácticas son improvisadas y dependen de las personas; nada está documentado.'
  },
  {
    en: 'Developing: some practices are repeated within teams, with partial documentation.',
    fr: 'En développement : certaines pratiques sont reproduites au sein des équipes, avec une documentation partielle.',
    es: 'En desarrollo: algunas prácticas se repiten dentro de los equipos, con documentación parcial.'
  },
  {
    en: 'Defined: practices are documented, agreed across the organisation and roles are assigned.',
    fr: 'Défini : les pratiques sont documentées, partagées dans toute l\'organisation, et les rôles sont attribués.',
    es: 'Definido: las prácticas están documentadas, acordadas en toda la organización y los roles están asignados.'
  },
  {
    en: 'Managed: practices are applied consistently and measured, and results are reviewed.',
    fr: 'Maîtrisé : les pratiques sont appliquées de façon homogène et mesurées, et les résultats sont revus.',
    es: 'Gestionado: las prácticas se aplican de forma coherente y se miden, y los resultados se revisan.'
  },
  {
    en: 'Optimised: practices are improved continuously from measurements and lessons learned.',
    fr: 'Optimisé : les pratiques sont améliorées en continu à partir des mesures et des enseignements tirés.',
    es: 'Optimizado: las prácticas se mejoran de forma continua a partir de las mediciones y las lecciones aprendidas.'
  }
];

/** The data governance maturity self-assessment over the eleven DMBOK knowledge areas, for a mission, published version 1. */
export function dmbokMaturityTemplate(): TemplateVersion {
  return {
    key: 'dmbok-maturity',
    version: 1,
    state: 'Published',
    title: { en: 'Data governance maturity (DAMA-DMBOK)', fr: 'Maturité de la gouvernance des données (DAMA-DMBOK)', es: 'Madurez de la gobernanza de datos (DAMA-DMBOK)' },
    description: {
      en: 'Self-assessment of a mission\'s data management maturity, level 1 to 5, in each of the eleven DAMA-DMBOK knowledge areas; answer "don\'t know" rather than guess.',
      fr: 'Auto-évaluation de la maturité de la gestion des données d\'une mission, du niveau 1 au niveau 5, dans chacun des onze domaines de connaissance du DAMA-DMBOK ; répondez « je ne sais pas » plutôt que de deviner.',
      es: 'Autoevaluación de la madurez de la gestión de datos de una misión, del nivel 1 al 5, en cada una de las once áreas de conocimiento del DAMA-DMBOK; responda «no lo sé» en lugar de adivinar.'
    },
    targetList: 'missions',
    body: {
      includeAIActObligations: false,
      sections: DMBOK_AREAS.map((area) => ({
        id: area.id,
        title: area.title,
        weight: 1,
        questions: [{
          id: `${area.id}-maturity`,
          text: area.text,
          guidance: {
            en: 'Choose the level that describes current practice, not plans; add a link to evidence where you have it.',
            fr: 'Choisissez le niveau qui décrit la pratique actuelle, pas les projets ; ajoutez un lien vers une preuve si vous en avez une.',
            es: 'Elija el nivel que describe la práctica actual, no los planes; añada un enlace a una prueba si la tiene.'
          },
          answerType: 'scale' as const,
          levels: MATURITY_LEVELS,
          weight: 1,
          evidenceRequired: false,
          frameworkRefs: [],
          category: 'Data quality' as const,
          likelihood: 3,
          impact: 3
        }]
      }))
    }
  };
}
