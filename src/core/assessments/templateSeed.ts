/**
 * The seed of the AssessmentTemplates list: the three built-in checklists (`templates.ts`, the English reference)
 * as published version 1, with their French and Spanish texts. Provisioning writes them to a fresh site; after that
 * the list is the source and leads edit it. Article ids stay as in the texts ("Art. 26(6)").
 */
import type { AssessmentTemplate } from './types';
import { ASSESSMENT_TEMPLATES } from './templates';
import type { LocalText, TemplateVersion } from './templateModel';

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

/** The templates provisioning seeds, in the order the UI offers them. */
export function seedTemplates(): TemplateVersion[] {
  return ASSESSMENT_TEMPLATES.map(seedTemplateVersion);
}
