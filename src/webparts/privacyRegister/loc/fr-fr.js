define([], function () {
  return {
    PropertyPaneDescription: 'Registre des traitements : activités de traitement (RGPD art. 30) et examen préalable de l\'AIPD.',
    DisplayGroupName: 'Affichage',
    DefaultFilterLabel: 'Afficher à l\'ouverture',

    Title: 'Registre des traitements',
    Intro: 'Les activités de traitement (RGPD art. 30), les jeux de données et systèmes d\'IA qu\'elles utilisent, et si chacune exige une analyse d\'impact relative à la protection des données (AIPD).',
    NewActivity: 'Nouveau traitement',
    NewFromDataset: 'Nouveau à partir d\'un jeu de données',
    Refresh: 'Actualiser',
    Loading: 'Chargement…',
    Summary: '{0} traitements affichés, dont {1} exigeant une AIPD qui n\'existe pas',
    Empty: 'Aucun traitement ne correspond à ces filtres.',
    Edit: 'Modifier',

    FilterRegion: 'Région',
    FilterMission: 'Mission',
    FilterAll: 'Tous',
    FilterDpia: 'AIPD',
    DpiaFilterRequired: 'AIPD requise',
    DpiaFilterMissing: 'AIPD requise, aucune enregistrée',
    SearchLabel: 'Rechercher',
    SearchPlaceholder: 'Nom, finalité ou mission',

    ColumnTitle: 'Traitement',
    ColumnRole: 'Rôle',
    ColumnMission: 'Mission',
    ColumnLegalBasis: 'Base juridique',
    ColumnOwner: 'Responsable interne',
    ColumnReview: 'Prochaine revue',
    ColumnDpia: 'AIPD',
    DpiaMissing: 'AIPD requise, aucune enregistrée',
    DpiaRecorded: 'AIPD enregistrée',
    DpiaNotRequired: 'Non requise',

    FormNewTitle: 'Nouveau traitement',
    FormEditTitle: 'Modifier le traitement',
    FormFromDataset: 'Prérempli à partir du jeu de données « {0} » (mission, responsable, personnes concernées et données personnelles). Vérifiez chaque champ avant d\'enregistrer.',
    SectionIdentity: 'Le traitement',
    SectionParties: 'Responsable du traitement, sous-traitant et DPD',
    SectionData: 'Personnes concernées et données personnelles',
    SectionTransfers: 'Destinataires et transferts',
    SectionRetention: 'Conservation et sécurité',
    SectionLawfulness: 'Licéité',
    SectionOrganisation: 'Mission et responsable',
    SectionLinks: 'Jeux de données et systèmes d\'IA',
    SectionScreening: 'Examen préalable de l\'AIPD',
    ProcessorHint: 'Un registre de sous-traitant (art. 30(2)) indique les responsables du traitement pour le compte desquels l\'organisation agit et les catégories de traitements ; un registre de responsable du traitement (art. 30(1)) indique les finalités, les personnes concernées, les données, les destinataires et la base juridique.',
    Fields: {
      title: 'Nom du traitement',
      role: 'Rôle de l\'organisation',
      controller: 'Responsable du traitement (nom et coordonnées)',
      jointControllers: 'Responsables conjoints',
      dpoContact: 'Délégué à la protection des données (contact)',
      processorControllers: 'Responsables pour le compte desquels nous traitons',
      processingCategories: 'Catégories de traitements effectués pour chaque responsable',
      purposes: 'Finalités du traitement',
      dataSubjectCategories: 'Catégories de personnes concernées',
      personalDataCategories: 'Catégories de données personnelles',
      specialCategories: 'Catégories particulières de données (art. 9)',
      recipients: 'Catégories de destinataires',
      internationalTransfers: 'Des données sont transférées vers un pays tiers ou une organisation internationale',
      transferDestinations: 'Pays tiers ou organisations internationales',
      transferSafeguard: 'Garantie du transfert',
      retentionPeriod: 'Durée de conservation',
      retentionUnit: 'Unité',
      retentionTrigger: 'À compter de',
      securityMeasures: 'Mesures de sécurité techniques et organisationnelles',
      legalBasis: 'Base juridique (art. 6(1))',
      art9Condition: 'Condition pour les catégories particulières (art. 9(2))',
      region: 'Région',
      mission: 'Mission',
      owner: 'Responsable interne',
      linkedDataAssets: 'Jeux de données',
      linkedAISystems: 'Systèmes d\'IA',
      reviewDate: 'Prochaine revue',
      dpiaLink: 'Lien vers l\'AIPD'
    },
    Save: 'Enregistrer',
    Saving: 'Enregistrement…',
    Cancel: 'Annuler',
    Close: 'Fermer',
    NotSet: 'Non renseigné',
    Yes: 'Oui',
    No: 'Non',
    FixErrors: 'Certains champs demandent votre attention : rien n\'a été enregistré. Corrigez les champs signalés ci-dessous et enregistrez à nouveau.',
    ConflictMessage: 'Quelqu\'un d\'autre a enregistré ce traitement après que vous l\'avez ouvert. Rien de ce que vous avez saisi n\'a été enregistré. Chargez sa version (vos modifications sont perdues) ou enregistrez la vôtre par-dessus.',
    ConflictReload: 'Charger sa version',
    ConflictOverwrite: 'Enregistrer la mienne par-dessus',
    AISystemsPlaceholder: 'Rechercher des systèmes d\'IA par nom',

    Roles: { Controller: 'Responsable du traitement (art. 30(1))', Processor: 'Sous-traitant (art. 30(2))' },
    LegalBases: {
      'Art. 6(1)(a) Consent': 'Art. 6(1)(a) Consentement',
      'Art. 6(1)(b) Contract': 'Art. 6(1)(b) Contrat',
      'Art. 6(1)(c) Legal obligation': 'Art. 6(1)(c) Obligation légale',
      'Art. 6(1)(d) Vital interests': 'Art. 6(1)(d) Intérêts vitaux',
      'Art. 6(1)(e) Public interest or official authority': 'Art. 6(1)(e) Mission d\'intérêt public ou autorité publique',
      'Art. 6(1)(f) Legitimate interests': 'Art. 6(1)(f) Intérêts légitimes'
    },
    Art9Conditions: {
      'Art. 9(2)(a) Explicit consent': 'Art. 9(2)(a) Consentement explicite',
      'Art. 9(2)(b) Employment and social security law': 'Art. 9(2)(b) Droit du travail et de la sécurité sociale',
      'Art. 9(2)(c) Vital interests (subject incapable of consent)': 'Art. 9(2)(c) Intérêts vitaux (personne hors d\'état de consentir)',
      'Art. 9(2)(d) Not-for-profit body, members only': 'Art. 9(2)(d) Organisme à but non lucratif, membres uniquement',
      'Art. 9(2)(e) Made manifestly public by the data subject': 'Art. 9(2)(e) Données manifestement rendues publiques par la personne',
      'Art. 9(2)(f) Legal claims': 'Art. 9(2)(f) Droits en justice',
      'Art. 9(2)(g) Substantial public interest': 'Art. 9(2)(g) Intérêt public important',
      'Art. 9(2)(h) Health or social care': 'Art. 9(2)(h) Médecine et prise en charge sanitaire ou sociale',
      'Art. 9(2)(i) Public health': 'Art. 9(2)(i) Santé publique',
      'Art. 9(2)(j) Archiving, research or statistics': 'Art. 9(2)(j) Archivage, recherche ou statistiques'
    },
    Safeguards: {
      'Art. 45 Adequacy decision': 'Art. 45 Décision d\'adéquation',
      'Art. 46(2)(a) Legally binding instrument between public bodies': 'Art. 46(2)(a) Instrument juridiquement contraignant entre organismes publics',
      'Art. 46(2)(b) Binding corporate rules': 'Art. 46(2)(b) Règles d\'entreprise contraignantes',
      'Art. 46(2)(c) Standard contractual clauses': 'Art. 46(2)(c) Clauses contractuelles types',
      'Art. 46(2)(e) Approved code of conduct': 'Art. 46(2)(e) Code de conduite approuvé',
      'Art. 46(2)(f) Approved certification': 'Art. 46(2)(f) Mécanisme de certification approuvé',
      'Art. 46(3)(b) Administrative arrangement between public bodies': 'Art. 46(3)(b) Arrangement administratif entre organismes publics',
      'Art. 49 Derogation for a specific situation': 'Art. 49 Dérogation pour une situation particulière'
    },
    SpecialCategories: {
      'Racial or ethnic origin': 'Origine raciale ou ethnique',
      'Political opinions': 'Opinions politiques',
      'Religious or philosophical beliefs': 'Convictions religieuses ou philosophiques',
      'Trade union membership': 'Appartenance syndicale',
      'Genetic data': 'Données génétiques',
      'Biometric data (identification)': 'Données biométriques (pour identifier une personne)',
      'Health data': 'Données de santé',
      'Sex life or sexual orientation': 'Vie sexuelle ou orientation sexuelle'
    },
    RetentionUnits: { Months: 'Mois', Years: 'Années' },

    ScreeningIntro: 'Répondez à chaque question pour ce traitement tel qu\'il est mené. Lorsque deux des neuf critères ou plus sont remplis, une AIPD est requise avant le début du traitement (RGPD art. 35 ; lignes directrices du CEPD WP248 rév.01). Certains critères découlent du registre lui-même et des systèmes d\'IA qu\'il utilise ; ils sont signalés comme tels.',
    Criteria: {
      evaluationScoring: {
        Label: 'Évaluation ou notation',
        Question: 'Le traitement évalue-t-il ou note-t-il des personnes, y compris par profilage ou prédiction ?',
        Help: 'Par exemple : évaluer l\'éligibilité, la vulnérabilité ou le risque d\'une personne à partir de ses données, classer des candidats, prédire des comportements ou des besoins.'
      },
      automatedDecisions: {
        Label: 'Décision automatisée avec effet juridique ou similaire',
        Question: 'Des décisions concernant des personnes sont-elles prises automatiquement, avec des effets juridiques ou des effets significatifs similaires ?',
        Help: 'Par exemple : une assistance accordée ou refusée, un dossier priorisé ou clos, par un système sans examen humain réel. Également coché lorsqu\'un système d\'IA lié est à haut risque ou utilisé pour la migration, l\'asile ou le contrôle des frontières.'
      },
      systematicMonitoring: {
        Label: 'Surveillance systématique',
        Question: 'Des personnes sont-elles observées, surveillées ou contrôlées de manière systématique, y compris dans des lieux publics ?',
        Help: 'Par exemple : suivre des déplacements ou des localisations, la vidéosurveillance d\'un centre d\'accueil, le contrôle de l\'utilisation des systèmes par le personnel.'
      },
      sensitiveData: {
        Label: 'Données sensibles ou à caractère hautement personnel',
        Question: 'Des catégories particulières de données, des données relatives aux infractions ou d\'autres données hautement personnelles sont-elles traitées ?',
        Help: 'Par exemple : données de santé, biométriques, ethniques ou religieuses, informations de protection et de vulnérabilité, données d\'enfants. Coché automatiquement lorsque le registre mentionne des catégories particulières ou de telles données.'
      },
      largeScale: {
        Label: 'Grande échelle',
        Question: 'Les données sont-elles traitées à grande échelle ?',
        Help: 'Tenez compte du nombre de personnes concernées (en nombre ou en proportion d\'une population), du volume et de la variété des données, de la durée et de l\'étendue géographique : par exemple, tous les bénéficiaires d\'une opération nationale.'
      },
      matchingDatasets: {
        Label: 'Croisement ou combinaison de jeux de données',
        Question: 'Des jeux de données issus de traitements ou de responsables différents sont-ils croisés ou combinés ?',
        Help: 'Par exemple : croiser des données d\'enregistrement avec les listes de distribution d\'un partenaire, ou relier des dossiers à des données de santé, d\'une manière à laquelle les personnes ne s\'attendent pas.'
      },
      vulnerableSubjects: {
        Label: 'Personnes vulnérables',
        Question: 'Le traitement concerne-t-il des personnes vulnérables, qui ne peuvent pas facilement refuser ou s\'opposer au traitement ?',
        Help: 'Par exemple : migrants, réfugiés, personnes déplacées, victimes de la traite, enfants, patients, employés. Coché automatiquement lorsque les personnes concernées comprennent des migrants, des réfugiés, des personnes déplacées, des rapatriés ou des victimes de la traite.'
      },
      innovativeTechnology: {
        Label: 'Usage innovant ou nouvelle technologie',
        Question: 'Le traitement utilise-t-il de nouvelles technologies ou de nouvelles solutions organisationnelles, ou les combine-t-il de manière innovante ?',
        Help: 'Par exemple : reconnaissance d\'empreintes ou faciale, intelligence artificielle, objets connectés. Coché automatiquement lorsqu\'un système d\'IA lié est à haut risque dans le registre de l\'IA ou utilisé pour la migration, l\'asile ou le contrôle des frontières (règlement sur l\'IA, annexe III, point 7).'
      },
      preventsRights: {
        Label: 'Empêche d\'exercer un droit ou de bénéficier d\'un service',
        Question: 'Le traitement peut-il empêcher des personnes d\'exercer un droit ou de bénéficier d\'un service ou d\'un contrat ?',
        Help: 'Par exemple : un filtrage qui décide si une personne peut s\'enregistrer, recevoir une assistance ou être réinstallée.'
      }
    },
    ScreeningRequired: 'AIPD requise : {0} des 9 critères sont remplis.',
    ScreeningNotRequired: 'Pas d\'AIPD requise : {0} des 9 critères remplis (une AIPD est requise à partir de deux).',
    GroundsTitle: 'Motifs',
    GroundSources: {
      answer: 'réponse oui',
      vulnerableSubjects: 'personnes concernées : {0}',
      specialCategories: 'catégories particulières : {0}',
      sensitiveCategories: 'données personnelles : {0}',
      highRiskAISystem: 'système d\'IA à haut risque : {0}',
      annexIIIArea7: 'système d\'IA utilisé pour la migration, l\'asile ou le contrôle des frontières (annexe III, point 7) : {0}'
    },
    GroundLine: '{0} ({1})',

    DatasetDialogTitle: 'Nouveau traitement à partir d\'un jeu de données',
    DatasetDialogHint: 'Choisissez le jeu de données utilisé par le traitement. Sa mission, son responsable, ses personnes concernées et ses catégories de données personnelles remplissent le formulaire.',
    DatasetDialogStart: 'Continuer',

    LinkedTitle: 'Activités de traitement',
    LinkedNone: 'Aucun registre de traitement ne le mentionne encore.',
    LinkedLine: '{0} ({1})',

    ExportMenu: 'Exporter le registre (art. 30)',
    ExportXlsx: 'Classeur Excel (.xlsx)',
    ExportCsv: 'CSV (UTF-8)',
    ExportSheetName: 'Registre art. 30',
    ExportFileName: 'registre-art30',
    ExportNoTransfer: 'Aucun',
    ExportFailed: 'L\'export n\'a pas pu être écrit. Réessayez ; en cas de nouvel échec, exportez moins de traitements (filtrez par mission).',
    Art30Headers: {
      reference: 'Référence',
      name: 'Nom du traitement',
      role: 'Rôle (responsable ou sous-traitant)',
      controller: 'Responsable du traitement et représentant, nom et coordonnées (art. 30(1)(a))',
      jointControllers: 'Responsables conjoints (art. 30(1)(a))',
      dpoContact: 'Délégué à la protection des données (art. 30(1)(a))',
      purposes: 'Finalités du traitement (art. 30(1)(b))',
      dataSubjectCategories: 'Catégories de personnes concernées (art. 30(1)(c))',
      personalDataCategories: 'Catégories de données personnelles (art. 30(1)(c))',
      specialCategories: 'Catégories particulières de données (art. 9(1))',
      recipients: 'Catégories de destinataires (art. 30(1)(d))',
      transferDestinations: 'Transferts vers des pays tiers ou des organisations internationales (art. 30(1)(e))',
      transferSafeguard: 'Garanties des transferts (art. 30(1)(e))',
      retention: 'Délais d\'effacement (art. 30(1)(f))',
      securityMeasures: 'Mesures de sécurité techniques et organisationnelles (art. 30(1)(g))',
      processorControllers: 'Responsables pour le compte desquels agit le sous-traitant (art. 30(2)(a))',
      processingCategories: 'Catégories de traitements effectués pour chaque responsable (art. 30(2)(b))',
      legalBasis: 'Base juridique (art. 6(1))',
      art9Condition: 'Condition pour les catégories particulières (art. 9(2))',
      mission: 'Mission',
      region: 'Région',
      owner: 'Responsable interne',
      reviewDate: 'Prochaine revue',
      dpiaRequired: 'AIPD requise',
      dpiaLink: 'AIPD'
    },

    ValidationMessages: {
      required: 'Saisissez une valeur : ce champ est obligatoire.',
      tooLong: 'Trop long : raccourcissez à {max} caractères au plus.',
      outOfRange: 'Choisissez un nombre entier de {min} à {max}.',
      invalidChoice: 'Choisissez l\'une des valeurs proposées.',
      privacyControllerRequired: 'Obligatoire dans le registre d\'un responsable du traitement (art. 30(1)).',
      privacyProcessorRequired: 'Obligatoire dans le registre d\'un sous-traitant (art. 30(2)).',
      privacyTransferWithoutSafeguard: 'Un transfert exige sa garantie : choisissez la décision d\'adéquation, la garantie appropriée (art. 46), les règles d\'entreprise contraignantes ou la dérogation de l\'art. 49 sur laquelle il repose.',
      privacyTransferWithoutDestination: 'Indiquez les pays tiers ou organisations internationales qui reçoivent les données.',
      privacySpecialWithoutCondition: 'Des catégories particulières sont traitées : choisissez la condition de l\'art. 9(2) qui le permet.',
      privacyRetentionWithoutPeriod: 'Une règle de conservation exige sa durée : saisissez le nombre de mois ou d\'années.'
    }
  };
});
