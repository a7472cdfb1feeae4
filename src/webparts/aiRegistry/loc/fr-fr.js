define([], function () {
  return {
    PropertyPaneDescription: 'Registre de l\'IA : systèmes d\'IA avec leur classification selon le règlement européen sur l\'IA, leur vérification et leur documentation.',
    SettingsGroupName: 'Paramètres',
    PageSizeLabel: 'Systèmes par page',

    RegisterTitle: 'Registre de l\'IA',
    GridAriaLabel: 'Systèmes d\'IA',
    NewSystem: 'Enregistrer un système d\'IA',
    Export: 'Exporter le registre (CSV)',
    Exporting: 'Exportation…',
    ExportDone: 'Registre exporté : {0} systèmes.',
    SearchLabel: 'Rechercher dans les titres des systèmes d\'IA',
    SearchPlaceholder: 'Rechercher dans les titres',
    FilterAll: 'Tous',
    ClearFilters: 'Effacer les filtres',
    SystemsShown: '{0} systèmes d\'IA affichés. Les systèmes interdits et à haut risque non vérifiés viennent en premier.',
    Empty: 'Aucun système d\'IA ne correspond à ces filtres.',
    OpenDetailsOf: 'Ouvrir le détail de {0}',
    NotClassified: 'Non classé',

    Columns: {
      title: 'Système d\'IA', riskTier: 'Niveau de risque', approvalStatus: 'Statut d\'approbation', businessOwner: 'Responsable métier',
      lifecycle: 'Cycle de vie', nextReviewDate: 'Prochain examen', verification: 'Vérification', department: 'Département'
    },
    Fields: {
      title: 'Titre', description: 'Description', vendor: 'Fournisseur', systemType: 'Type de système', purpose: 'Finalité',
      businessOwner: 'Responsable métier', technicalOwner: 'Responsable technique', department: 'Département', lifecycle: 'Cycle de vie',
      approvalStatus: 'Statut d\'approbation', nextReviewDate: 'Date du prochain examen', linkedDataAssets: 'Jeux de données utilisés',
      dpiaUrl: 'AIPD (lien)', modelCardUrl: 'Fiche du modèle (lien)', vendorTermsUrl: 'Conditions du fournisseur (lien)', applicabilityBasis: 'Applicabilité', webDomains: 'Domaines web', aliases: 'Autres noms (alias)'
    },
    Tiers: { prohibited: 'Interdit', high: 'Haut risque', limited: 'Risque limité (transparence)', minimal: 'Risque minimal' },
    TierExplanations: {
      prohibited: 'La pratique est interdite par l\'article 5 : le système ne doit pas être utilisé.',
      high: 'Système à haut risque : des obligations strictes s\'appliquent avant et pendant l\'utilisation.',
      limited: 'Des obligations de transparence s\'appliquent : les personnes doivent savoir qu\'elles ont affaire à une IA ou à un contenu produit par une IA.',
      minimal: 'Aucune obligation particulière hormis la maîtrise de l\'IA ; des codes de conduite volontaires peuvent s\'appliquer.'
    },
    VerificationStates: { Unverified: 'Non vérifié', Verified: 'Vérifié', Returned: 'Renvoyé pour correction' },
    ApprovalStatuses: {
      'Pending review': 'En attente d\'examen', Approved: 'Approuvé', 'Approved with conditions': 'Approuvé sous conditions',
      Rejected: 'Rejeté', 'In use without approval': 'Utilisé sans approbation'
    },
    Lifecycles: { Proposed: 'Proposé', Pilot: 'Pilote', Production: 'Production', Retired: 'Retiré' },
    SystemTypes: {
      'Generative AI assistant': 'Assistant d\'IA générative', 'Machine learning model': 'Modèle d\'apprentissage automatique', 'Computer vision': 'Vision par ordinateur',
      'Speech and language processing': 'Traitement de la parole et du langage', 'Biometric system': 'Système biométrique',
      'Decision support / scoring': 'Aide à la décision / notation', 'Rules-based automation': 'Automatisation à base de règles', Other: 'Autre'
    },
    ApplicabilityBases: { 'Legally applicable': 'Juridiquement applicable', 'Voluntary alignment': 'Alignement volontaire' },

    FormNewTitle: 'Enregistrer un système d\'IA',
    FormEditTitle: 'Modifier {0}',
    FormRequiredNote: 'Les champs marqués * sont obligatoires. Le niveau de risque provient de l\'assistant de classification, pas de ce formulaire.',
    WebDomainsHint: 'Un domaine ou une adresse par ligne, par ex. chatgpt.com : les usages vus sur ce domaine (ou ses sous-domaines) sont rapprochés de ce système.',
    AliasesHint: 'Un nom par ligne, tel que l\'écrivent les exports d\'usage : ils sont rapprochés de ce système quelles que soient la casse ou la ponctuation.',
    InvalidUrl: 'Saisissez une adresse web complète commençant par https:// ou http://.',
    Required: 'Obligatoire.',
    TooLong: 'Trop long : {0} caractères au plus.',
    InvalidDate: 'Saisissez une date au format AAAA-MM-JJ.',
    DatasetSearchLabel: 'Rechercher des jeux de données par titre',
    DatasetSearchPlaceholder: 'Saisissez une partie du titre',
    DatasetNoResults: 'Aucun titre de jeu de données ne contient ce texte.',
    DatasetSearchFailed: 'Impossible de rechercher les jeux de données pour le moment : la recherche SharePoint est désactivée ou n’a pas encore indexé l’inventaire, trop volumineux pour être parcouru par titre. Réessayez dans quelques minutes.',
    DatasetAdd: 'Ajouter {0}',
    DatasetRemove: 'Retirer {0}',
    DatasetSummary: 'Sensibilité déclarée la plus élevée : {0}.',
    DatasetSummaryNone: 'Aucun jeu de données lié ne déclare de sensibilité.',
    PersonalDataFlag: 'Utilise des données personnelles',
    NoPersonalData: 'Aucun jeu de données lié ne contient de données personnelles.',
    UndeclaredDatasets: '{0} jeux de données liés ne déclarent aucune sensibilité : le niveau le plus élevé peut être sous-estimé.',
    NoDatasets: 'Aucun jeu de données lié.',

    DetailsTitle: '{0}',
    Edit: 'Modifier',
    Classify: 'Classer avec l\'assistant',
    Reclassify: 'Revoir les réponses de classification',
    Classification: 'Classification selon le règlement européen sur l\'IA',
    Grounds: 'Fondements',
    ObligationsHeading: 'Obligations',
    NeedsReview: 'Un responsable de la gouvernance doit examiner cette classification :',
    Documentation: 'Documentation',
    Datasets: 'Jeux de données utilisés',
    Verification: 'Vérification',
    VerifiedByOn: 'Vérifié par {0} le {1}.',
    ReturnedByOn: 'Renvoyé par {0} le {1}.',
    UnverifiedText: 'Pas encore vérifié : un responsable de la gouvernance autre que la personne qui l\'a soumis doit le vérifier.',
    SubmittedBy: 'Classification soumise par {0}.',
    Verify: 'Vérifier la classification',
    Return: 'Renvoyer pour correction',
    VerifyComment: 'Commentaire pour le dossier (facultatif)',
    VerifyDone: 'Votre décision est enregistrée.',
    CannotVerifyOwn: 'Vous avez soumis cette classification, vous ne pouvez donc pas la vérifier : un autre responsable de la gouvernance doit le faire.',
    CannotVerifyNotLead: 'Seuls les responsables de la gouvernance vérifient les classifications.',
    CannotVerifyUnclassified: 'Classez le système avant qu\'il puisse être vérifié.',
    CannotVerifyNotSubmitted: 'Ces réponses n’ont pas été soumises par le registre (la fiche a été modifiée directement) : ouvrez la classification et enregistrez-la avant de pouvoir la vérifier.',
    IgnoredDecisions: 'Décisions qui ne comptent pas',
    IgnoredReasons: {
      missingAuthor: 'La décision n\'a pas d\'auteur.',
      missingCreated: 'La décision n\'a pas de date.',
      notALead: '{0} n\'est pas responsable de la gouvernance.',
      submitterVerified: '{0} a soumis la classification et ne peut pas la vérifier.',
      answersChanged: '{0} a vérifié des réponses antérieures ; les réponses ont changé depuis.',
      notSubmitted: '{0} a vérifié des réponses qui n’ont jamais été soumises par le registre.'
    },
    AnomaliesHeading: 'Valeurs enregistrées qui ne correspondent pas à l’historique de la fiche',
    AnomalyMarker: 'Anomalie ({0})',
    Anomalies: {
      notSubmitted: 'Les réponses enregistrées n’ont pas été soumises par le registre : la fiche a été modifiée directement. Aucune vérification ne compte tant que personne n’a enregistré la classification.',
      storedHashMismatch: 'L’empreinte enregistrée ne correspond pas aux réponses : elles ont été modifiées hors du registre.',
      classifiedByMismatch: '« Classé par » désigne une autre personne que celle qui a soumis ces réponses.',
      storedStateMismatch: 'L’état de vérification enregistré ne correspond pas aux décisions : l’état affiché ici est celui que les décisions établissent.'
    },
    Applicability: 'Applicabilité',

    Wizard: {
      Title: 'Classer {0}',
      StepOf: 'Étape {0} sur {1}',
      Back: 'Précédent',
      Next: 'Suivant',
      SeeResult: 'Voir le résultat',
      Explanation: 'Pourquoi cette question',
      Example: 'Exemple',
      NoneApply: 'Aucun de ces cas',
      Yes: 'Oui',
      No: 'Non',
      ResultTitle: 'Résultat',
      TierIs: 'Niveau de risque : {0}',
      ObligationsChecklist: 'Ce que l\'organisation doit faire',
      ApplicabilityTitle: 'Le règlement européen sur l\'IA s\'impose-t-il à l\'organisation ?',
      ApplicabilityNotice: 'Selon l\'article 2, paragraphe 4, le règlement peut ne pas lier juridiquement une organisation internationale. Le niveau est déterminé de la même manière dans les deux cas ; indiquez lequel s\'applique.',
      ApplicabilityRequired: 'Indiquez si le règlement est juridiquement applicable ou suivi volontairement.',
      SaveClassification: 'Enregistrer la classification',
      Saving: 'Enregistrement…',
      ResetWarning: 'Enregistrer des réponses modifiées réinitialise la vérification : un responsable de la gouvernance devra vérifier à nouveau.',
      StepAnnounce: 'Étape {0} sur {1} : {2}'
    },
    Steps: {
      role: {
        title: 'Votre rôle',
        question: 'L\'organisation développe-t-elle ce système d\'IA, l\'utilise-t-elle, ou les deux ?',
        explanation: 'Les fournisseurs (qui développent un système ou le font développer sous leur nom) et les déployeurs (qui l\'utilisent) ont des obligations différentes.',
        example: 'Un agent conversationnel acheté à un fournisseur et utilisé par le personnel : déployeur. Un modèle entraîné en interne et partagé avec des partenaires : fournisseur.'
      },
      prohibited: {
        title: 'Pratiques interdites',
        question: 'Le système fait-il l\'une de ces choses ?',
        explanation: 'L\'article 5 interdit purement et simplement ces pratiques. Si l\'une s\'applique, le système ne doit pas être utilisé, quoi qu\'il en soit par ailleurs.',
        example: 'Un outil qui note les bénéficiaires selon leur comportement social et réduit l\'aide pour les notes basses pratique la notation sociale.'
      },
      productSafety: {
        title: 'Sécurité des produits',
        question: 'Le système est-il un composant de sécurité d\'un produit (dispositif médical, véhicule, machine…) soumis à un contrôle de sécurité par un tiers selon le droit européen des produits ?',
        explanation: 'Article 6, paragraphe 1 : une IA qui assure la sécurité d\'un produit réglementé est à haut risque.',
        example: 'Une IA intégrée à un échographe de diagnostic utilisé dans une clinique de santé des migrants.'
      },
      highRiskUses: {
        title: 'Usages sensibles',
        question: 'Le système est-il destiné à l\'un de ces usages ?',
        explanation: 'L\'annexe III énumère les usages où l\'IA peut gravement affecter les droits, la sécurité ou les moyens de subsistance des personnes. Cochez chaque usage qui correspond à la finalité prévue.',
        example: 'Un outil de tri de CV qui classe les candidats relève du recrutement (4 a)). Un modèle qui décide qui reçoit une aide en espèces relève des prestations publiques (5 a)).'
      },
      migration: {
        title: 'Migration, asile et gestion des frontières',
        question: 'Le système est-il utilisé par ou pour des autorités publiques en matière de migration, d\'asile ou de gestion des frontières pour l\'un de ces usages ?',
        explanation: 'Le point 7 de l\'annexe III couvre ces usages. Ils comptent particulièrement pour le travail de l\'organisation avec les gouvernements.',
        example: 'Chaque option ci-dessous a son propre exemple.'
      },
      derogations: {
        title: 'Rôle limité dans la décision',
        question: 'Pour les usages sensibles cochés, le système se limite-t-il à l\'une de ces tâches ?',
        explanation: 'Article 6, paragraphe 3 : un système de l\'annexe III n\'est pas à haut risque s\'il n\'influence pas substantiellement les décisions, par exemple parce qu\'il se limite à l\'une de ces tâches. Laissez vide en cas de doute.',
        example: 'Un outil qui se contente de classer les demandes reçues dans des dossiers par langue, avant qu\'un agent ne lise chacune d\'elles : tâche procédurale étroite.'
      },
      profiling: {
        title: 'Profilage',
        question: 'Le système établit-il le profil de personnes, c\'est-à-dire évalue-t-il ou prédit-il des aspects d\'une personne tels que son comportement, sa fiabilité, sa santé ou ses déplacements ?',
        explanation: 'Le profilage maintient toujours un système de l\'annexe III dans la catégorie à haut risque, même s\'il n\'a qu\'un rôle limité.',
        example: 'Noter la probabilité que chaque voyageur dépasse la durée de son visa est du profilage.'
      },
      transparency: {
        title: 'Transparence',
        question: 'Le système fait-il l\'une de ces choses ?',
        explanation: 'L\'article 50 impose d\'informer les personnes lorsqu\'elles ont affaire à une IA ou à un contenu produit par une IA, quel que soit le niveau de risque.',
        example: 'Un assistant conversationnel qui répond aux questions des migrants sur un site web interagit avec des personnes.'
      },
      generalPurpose: {
        title: 'Modèle d\'IA à usage général',
        question: 'Le système repose-t-il sur un modèle d\'IA à usage général (par exemple un grand modèle de langage utilisé pour de nombreuses tâches) ?',
        explanation: 'Les articles 53 à 55 ajoutent des obligations pour les modèles à usage général ; en tant que déployeur, vous avez besoin de la documentation du fournisseur du modèle.',
        example: 'Un assistant de traduction construit sur un grand modèle de langage commercial.'
      },
      publicBody: {
        title: 'Service public',
        question: 'Le système est-il utilisé par un organisme public, ou pour fournir un service public ?',
        explanation: 'Article 27 : les organismes publics et les prestataires de services publics doivent évaluer l\'impact sur les droits fondamentaux avant d\'utiliser un système à haut risque.',
        example: 'Enregistrer des réfugiés pour un programme d\'assistance géré par un gouvernement est un service public.'
      }
    },
    Roles: {
      provider: 'Nous le développons, ou le faisons développer et le proposons sous notre nom (fournisseur)',
      deployer: 'Nous utilisons un système fourni par quelqu\'un d\'autre (déployeur)',
      both: 'Les deux'
    },
    Practices: {
      manipulation: 'Manipule les personnes par des techniques subliminales ou trompeuses qui faussent leur comportement et peuvent causer un préjudice important',
      exploitingVulnerabilities: 'Exploite la vulnérabilité des personnes (âge, handicap, situation sociale ou économique) pour fausser leur comportement et leur nuire',
      socialScoring: 'Note les personnes selon leur comportement social ou leurs traits personnels, entraînant un traitement défavorable injustifié ou sans rapport',
      crimePredictionByProfiling: 'Prédit qu\'une personne commettra une infraction sur la seule base du profilage ou de traits de personnalité',
      untargetedFacialScraping: 'Constitue des bases de reconnaissance faciale en moissonnant sans cible des visages sur internet ou la vidéosurveillance',
      emotionRecognitionWorkEducation: 'Déduit les émotions du personnel au travail ou des élèves dans l\'enseignement (sauf raisons médicales ou de sécurité)',
      biometricCategorisationSensitive: 'Classe les personnes à partir de données biométriques pour déduire leur origine, opinions politiques, appartenance syndicale, religion ou orientation sexuelle',
      realTimeRemoteBiometricIdLawEnforcement: 'Identifie des personnes à distance et en temps réel dans l\'espace public à des fins répressives'
    },
    AnnexUses: {
      '1a': 'Identification biométrique à distance de personnes (et non la simple confirmation qu\'une personne est bien celle qu\'elle prétend être)',
      '1b': 'Catégorisation biométrique des personnes selon des caractéristiques sensibles ou protégées',
      '1c': 'Reconnaissance des émotions',
      '2': 'Composant de sécurité d\'infrastructures critiques (infrastructures numériques, trafic, eau, gaz, chauffage, électricité)',
      '3a': 'Décider de l\'admission ou de l\'affectation dans l\'enseignement ou la formation professionnelle',
      '3b': 'Évaluer les acquis d\'apprentissage',
      '3c': 'Évaluer le niveau d\'enseignement qu\'une personne recevra ou auquel elle pourra accéder',
      '3d': 'Surveiller les élèves pour détecter des comportements interdits pendant les examens',
      '4a': 'Recrutement : ciblage des offres d\'emploi, tri ou filtrage des candidatures, évaluation des candidats',
      '4b': 'Décisions de promotion, de licenciement, d\'attribution des tâches, ou suivi et évaluation du personnel',
      '5a': 'Décider de l\'éligibilité aux prestations et services d\'aide publique, ou les accorder, réduire ou récupérer',
      '5b': 'Notation de crédit ou solvabilité des personnes (sauf détection des fraudes)',
      '5c': 'Évaluation des risques et tarification en assurance vie et santé',
      '5d': 'Classer les appels d\'urgence, envoyer les services d\'urgence, ou trier les patients en urgence',
      '6a': 'Répression : évaluer le risque qu\'une personne soit victime d\'une infraction',
      '6b': 'Répression : polygraphes ou outils similaires',
      '6c': 'Répression : évaluer la fiabilité des preuves',
      '6d': 'Répression : évaluer le risque qu\'une personne commette une infraction ou récidive, ou ses traits de personnalité',
      '6e': 'Répression : profilage de personnes lors de la détection, de l\'enquête ou de la poursuite d\'infractions',
      '7a': 'Polygraphes ou outils similaires (par exemple détection du mensonge ou de la tromperie lors d\'entretiens)',
      '7b': 'Évaluer un risque pour la sécurité, de migration irrégulière ou pour la santé que présente une personne qui entre ou est entrée dans un pays',
      '7c': 'Aider à examiner les demandes d\'asile, de visa ou de titre de séjour (et les plaintes liées), y compris la fiabilité des preuves',
      '7d': 'Détecter, reconnaître ou identifier des personnes en matière de migration, d\'asile ou de gestion des frontières (sauf vérification des documents de voyage)',
      '8a': 'Aider une juridiction ou un organe de règlement des litiges à rechercher et interpréter les faits et le droit',
      '8b': 'Influencer le résultat d\'une élection ou d\'un référendum, ou le vote des personnes'
    },
    MigrationExamples: {
      '7a': 'Un outil qui analyse la voix ou le visage d\'un demandeur d\'asile pendant l\'entretien pour juger s\'il dit la vérité.',
      '7b': 'Un outil d\'évaluation des risques qui signale des voyageurs à l\'arrivée comme migrants irréguliers probables ou risques sanitaires, pour un contrôle approfondi.',
      '7c': 'Un logiciel qui classe les dossiers d\'asile ou de visa selon l\'éligibilité probable, ou vérifie la cohérence des documents fournis comme preuves.',
      '7d': 'La comparaison faciale à un poste frontière pour retrouver des personnes figurant sur une liste de surveillance. (Scanner un passeport pour vérifier son authenticité n\'est pas visé.)'
    },
    Derogations: {
      narrowProceduralTask: 'Une tâche procédurale étroite (par exemple trier ou convertir des documents)',
      improvesCompletedHumanActivity: 'Améliorer le résultat d\'un travail déjà accompli par une personne (par exemple améliorer la langue d\'une lettre)',
      detectsPatternsWithoutReplacingHumanAssessment: 'Détecter des tendances ou des écarts dans des décisions passées, sans remplacer ni influencer l\'évaluation humaine',
      preparatoryTask: 'Une tâche préparatoire à une évaluation qu\'une personne fait ensuite (par exemple traduire des documents avant qu\'un agent ne les lise)'
    },
    Triggers: {
      interactsWithPersons: 'Interagit directement avec des personnes (par exemple un agent conversationnel ou un assistant vocal)',
      generatesSyntheticContent: 'Génère du texte, des images, du son ou de la vidéo',
      emotionRecognitionOrBiometricCategorisation: 'Reconnaît les émotions ou catégorise les personnes à partir de données biométriques',
      deepFake: 'Produit des hypertrucages : images, sons ou vidéos réalistes de personnes, de lieux ou d\'événements réels',
      publicInterestText: 'Génère des textes publiés pour informer le public sur des questions d\'intérêt public'
    },
    GroundExplanations: {
      'Art. 6(1)': 'Composant de sécurité d\'un produit soumis au droit européen de la sécurité des produits et à un contrôle par un tiers.',
      'Art. 6(3)': 'L\'usage listé ne rend pas le système à haut risque : son rôle est limité et il ne profile pas les personnes.',
      'Art. 50(1)': 'Les personnes doivent être informées qu\'elles interagissent avec un système d\'IA.',
      'Art. 50(2)': 'Le contenu généré par l\'IA doit être marqué comme tel, de façon lisible par machine.',
      'Art. 50(3)': 'Les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique doivent être informées.',
      'Art. 50(4)': 'Les hypertrucages, et les textes générés par l\'IA pour informer le public, doivent être signalés.'
    },
    Obligations: {
      aiLiteracy: 'Former à la maîtrise de l\'IA le personnel qui exploite ou utilise le système',
      discontinue: 'Cesser d\'utiliser le système, ou ne pas commencer : la pratique est interdite',
      documentNonHighRiskAssessment: 'Documenter pourquoi l\'usage listé n\'est pas à haut risque, et enregistrer le système avant de le proposer',
      riskManagement: 'Mettre en œuvre une gestion des risques sur tout le cycle de vie',
      dataGovernance: 'Appliquer une gouvernance des données d\'entraînement, de validation et de test',
      technicalDocumentation: 'Rédiger et conserver la documentation technique',
      recordKeeping: 'Prévoir l\'enregistrement automatique des événements',
      transparencyToDeployers: 'Fournir aux utilisateurs une notice d\'utilisation',
      humanOversightDesign: 'Concevoir le système pour que des personnes puissent le contrôler efficacement',
      accuracyRobustness: 'Garantir exactitude, robustesse et cybersécurité',
      qualityManagement: 'Mettre en place un système de gestion de la qualité',
      conformityAssessment: 'Réussir l\'évaluation de la conformité avant l\'utilisation',
      registration: 'Enregistrer le système dans la base de données de l\'UE',
      postMarketMonitoring: 'Surveiller le système après sa mise sur le marché et signaler les incidents graves',
      humanOversight: 'Confier le contrôle humain à des personnes formées ayant autorité pour agir',
      inputData: 'Veiller à ce que les données d\'entrée que vous maîtrisez soient pertinentes et représentatives',
      monitorAndReport: 'Surveiller le fonctionnement, informer le fournisseur des risques et signaler les incidents graves',
      logs: 'Conserver les journaux du système au moins six mois',
      informAffectedPersons: 'Informer les personnes concernées par les décisions du système',
      fria: 'Réaliser une analyse d\'impact sur les droits fondamentaux avant la première utilisation',
      discloseAIInteraction: 'Informer les personnes qu\'elles interagissent avec une IA',
      markSyntheticContent: 'Marquer le contenu généré comme produit par une IA',
      informExposedPersons: 'Informer les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique',
      discloseDeepFake: 'Indiquer que des images, sons ou vidéos sont générés ou manipulés par une IA',
      disclosePublicInterestText: 'Signaler les textes d\'intérêt public générés par une IA (sauf si une personne les relit et en assume la responsabilité)',
      gpaiTechnicalDocumentation: 'Conserver la documentation technique du modèle à usage général',
      gpaiDownstreamInformation: 'Informer les fournisseurs en aval sur le modèle',
      gpaiModelProviderInfo: 'Obtenir et conserver la documentation du fournisseur du modèle',
      gpaiCopyrightPolicy: 'Disposer d\'une politique de respect du droit d\'auteur de l\'UE',
      gpaiTrainingContentSummary: 'Publier un résumé des contenus d\'entraînement'
    },
    ReviewReasons: {
      derogationApplied: 'Une exception de rôle limité a abaissé le niveau : un responsable doit la confirmer.',
      derogationWithoutAnnexIIIUse: 'Une exception de rôle limité est cochée sans aucun usage sensible.',
      deepFakeWithoutSyntheticContent: 'Les hypertrucages sont cochés mais pas la génération de contenu.',
      publicInterestTextWithoutSyntheticContent: 'Les textes d\'intérêt public sont cochés mais pas la génération de contenu.',
      biometricUseWithoutTransparencyTrigger: 'Un usage émotionnel ou biométrique est coché mais pas la réponse de transparence correspondante.',
      duplicateEntries: 'Les réponses enregistrées répètent une entrée : elles sont peut-être corrompues.'
    },
    Csv: {
      id: 'ID', title: 'Système d\'IA', vendor: 'Fournisseur', systemType: 'Type de système', department: 'Département', lifecycle: 'Cycle de vie',
      approvalStatus: 'Statut d\'approbation', businessOwner: 'Responsable métier', technicalOwner: 'Responsable technique', riskTier: 'Niveau de risque',
      grounds: 'Fondements', obligations: 'Obligations', needsReview: 'À examiner', applicabilityBasis: 'Applicabilité',
      verificationState: 'Vérification', verifiedBy: 'Vérifié par', verifiedOn: 'Vérifié le', submittedBy: 'Classification soumise par',
      nextReviewDate: 'Prochain examen', linkedDatasets: 'Jeux de données utilisés', fileName: 'registre-ia'
    }
  };
});
