define([], function () {
  return {
    PropertyPaneDescription: 'Privacy register: records of processing activities (GDPR Art. 30) and their DPIA screening.',
    DisplayGroupName: 'Display',
    DefaultFilterLabel: 'Open showing',

    Title: 'Privacy register',
    Intro: 'Records of processing activities (GDPR Art. 30), the datasets and AI systems they use, and whether each needs a data protection impact assessment (DPIA).',
    NewActivity: 'New processing activity',
    NewFromDataset: 'New from a dataset',
    Refresh: 'Refresh',
    Loading: 'Loading…',
    Summary: '{0} processing activities shown, {1} needing a DPIA that has none',
    Empty: 'No processing activity matches these filters.',
    Edit: 'Edit',

    FilterRegion: 'Region',
    FilterMission: 'Mission',
    FilterAll: 'All',
    FilterDpia: 'DPIA',
    DpiaFilterRequired: 'DPIA required',
    DpiaFilterMissing: 'DPIA required, none recorded',
    SearchLabel: 'Search',
    SearchPlaceholder: 'Name, purpose or mission',

    ColumnTitle: 'Processing activity',
    ColumnRole: 'Role',
    ColumnMission: 'Mission',
    ColumnLegalBasis: 'Legal basis',
    ColumnOwner: 'Owner',
    ColumnReview: 'Next review',
    ColumnDpia: 'DPIA',
    DpiaMissing: 'DPIA required, none recorded',
    DpiaRecorded: 'DPIA recorded',
    DpiaNotRequired: 'Not required',

    FormNewTitle: 'New processing activity',
    FormEditTitle: 'Edit processing activity',
    FormFromDataset: 'Pre-filled from the dataset "{0}" (mission, owner, data subjects and personal data). Check every field before saving.',
    SectionIdentity: 'The processing',
    SectionParties: 'Controller, processor and DPO',
    SectionData: 'Data subjects and personal data',
    SectionTransfers: 'Recipients and transfers',
    SectionRetention: 'Retention and security',
    SectionLawfulness: 'Lawfulness',
    SectionOrganisation: 'Mission and ownership',
    SectionLinks: 'Datasets and AI systems',
    SectionScreening: 'DPIA screening',
    ProcessorHint: 'A processor record (Art. 30(2)) names the controllers on whose behalf the organisation processes and the categories of processing; a controller record (Art. 30(1)) names the purposes, data subjects, data, recipients and legal basis.',
    Fields: {
      title: 'Name of the processing',
      role: 'Role of the organisation',
      controller: 'Controller (name and contact details)',
      jointControllers: 'Joint controllers',
      dpoContact: 'Data protection officer (contact)',
      processorControllers: 'Controllers on whose behalf we process',
      processingCategories: 'Categories of processing carried out for each controller',
      purposes: 'Purposes of the processing',
      dataSubjectCategories: 'Categories of data subjects',
      personalDataCategories: 'Categories of personal data',
      specialCategories: 'Special categories of data (Art. 9)',
      recipients: 'Categories of recipients',
      internationalTransfers: 'Data is transferred to a third country or an international organisation',
      transferDestinations: 'Third countries or international organisations',
      transferSafeguard: 'Safeguard of the transfer',
      retentionPeriod: 'Retention period',
      retentionUnit: 'Unit',
      retentionTrigger: 'Counted from',
      securityMeasures: 'Technical and organisational security measures',
      legalBasis: 'Legal basis (Art. 6(1))',
      art9Condition: 'Condition for special categories (Art. 9(2))',
      region: 'Region',
      mission: 'Mission',
      owner: 'Owner',
      linkedDataAssets: 'Datasets',
      linkedAISystems: 'AI systems',
      reviewDate: 'Next review',
      dpiaLink: 'Link to the DPIA'
    },
    Save: 'Save',
    Saving: 'Saving…',
    Cancel: 'Cancel',
    Close: 'Close',
    NotSet: 'Not set',
    Yes: 'Yes',
    No: 'No',
    FixErrors: 'Some fields need attention: nothing was saved. Fix the fields marked below and save again.',
    ConflictMessage: 'Someone else saved this processing activity after you opened it. Nothing of yours was saved. Load their version (your changes are lost) or save yours over it.',
    ConflictReload: 'Load their version',
    ConflictOverwrite: 'Save mine over it',
    AISystemsPlaceholder: 'Search AI systems by name',

    Roles: { Controller: 'Controller (Art. 30(1))', Processor: 'Processor (Art. 30(2))' },
    LegalBases: {
      'Art. 6(1)(a) Consent': 'Art. 6(1)(a) Consent',
      'Art. 6(1)(b) Contract': 'Art. 6(1)(b) Contract',
      'Art. 6(1)(c) Legal obligation': 'Art. 6(1)(c) Legal obligation',
      'Art. 6(1)(d) Vital interests': 'Art. 6(1)(d) Vital interests',
      'Art. 6(1)(e) Public interest or official authority': 'Art. 6(1)(e) Public interest or official authority',
      'Art. 6(1)(f) Legitimate interests': 'Art. 6(1)(f) Legitimate interests'
    },
    Art9Conditions: {
      'Art. 9(2)(a) Explicit consent': 'Art. 9(2)(a) Explicit consent',
      'Art. 9(2)(b) Employment and social security law': 'Art. 9(2)(b) Employment and social security law',
      'Art. 9(2)(c) Vital interests (subject incapable of consent)': 'Art. 9(2)(c) Vital interests (subject incapable of consent)',
      'Art. 9(2)(d) Not-for-profit body, members only': 'Art. 9(2)(d) Not-for-profit body, members only',
      'Art. 9(2)(e) Made manifestly public by the data subject': 'Art. 9(2)(e) Made manifestly public by the data subject',
      'Art. 9(2)(f) Legal claims': 'Art. 9(2)(f) Legal claims',
      'Art. 9(2)(g) Substantial public interest': 'Art. 9(2)(g) Substantial public interest',
      'Art. 9(2)(h) Health or social care': 'Art. 9(2)(h) Health or social care',
      'Art. 9(2)(i) Public health': 'Art. 9(2)(i) Public health',
      'Art. 9(2)(j) Archiving, research or statistics': 'Art. 9(2)(j) Archiving, research or statistics'
    },
    Safeguards: {
      'Art. 45 Adequacy decision': 'Art. 45 Adequacy decision',
      'Art. 46(2)(a) Legally binding instrument between public bodies': 'Art. 46(2)(a) Legally binding instrument between public bodies',
      'Art. 46(2)(b) Binding corporate rules': 'Art. 46(2)(b) Binding corporate rules',
      'Art. 46(2)(c) Standard contractual clauses': 'Art. 46(2)(c) Standard contractual clauses',
      'Art. 46(2)(e) Approved code of conduct': 'Art. 46(2)(e) Approved code of conduct',
      'Art. 46(2)(f) Approved certification': 'Art. 46(2)(f) Approved certification',
      'Art. 46(3)(b) Administrative arrangement between public bodies': 'Art. 46(3)(b) Administrative arrangement between public bodies',
      'Art. 49 Derogation for a specific situation': 'Art. 49 Derogation for a specific situation'
    },
    SpecialCategories: {
      'Racial or ethnic origin': 'Racial or ethnic origin',
      'Political opinions': 'Political opinions',
      'Religious or philosophical beliefs': 'Religious or philosophical beliefs',
      'Trade union membership': 'Trade union membership',
      'Genetic data': 'Genetic data',
      'Biometric data (identification)': 'Biometric data (to identify a person)',
      'Health data': 'Health data',
      'Sex life or sexual orientation': 'Sex life or sexual orientation'
    },
    RetentionUnits: { Months: 'Months', Years: 'Years' },

    ScreeningIntro: 'Answer each question for this processing as it is done. When two or more of the nine criteria are met, a DPIA is required before the processing starts (GDPR Art. 35; EDPB guidelines WP248 rev.01). Some criteria follow from the record itself and from the AI systems it uses; they are marked as such.',
    Criteria: {
      evaluationScoring: {
        Label: 'Evaluation or scoring',
        Question: 'Does the processing evaluate or score people, including profiling and predicting?',
        Help: 'For example: assessing a person\'s eligibility, vulnerability or risk from their data, ranking applicants, predicting behaviour or needs.'
      },
      automatedDecisions: {
        Label: 'Automated decisions with legal or similar effect',
        Question: 'Are decisions about people taken automatically, with legal or similarly significant effects on them?',
        Help: 'For example: assistance granted or refused, a case prioritised or closed, by a system with no meaningful human review. Also marked when a linked AI system is high-risk or used in migration, asylum or border control.'
      },
      systematicMonitoring: {
        Label: 'Systematic monitoring',
        Question: 'Are people observed, monitored or controlled systematically, including in public places?',
        Help: 'For example: tracking movements or locations, CCTV at a reception centre, monitoring staff\'s use of systems.'
      },
      sensitiveData: {
        Label: 'Sensitive or highly personal data',
        Question: 'Are special categories of data, data on criminal offences or other highly personal data processed?',
        Help: 'For example: health, biometric, ethnic or religious data, protection and vulnerability information, children\'s data. Marked automatically when the record lists special categories or such personal data.'
      },
      largeScale: {
        Label: 'Large scale',
        Question: 'Is the data processed on a large scale?',
        Help: 'Think of the number of people concerned (in number or as a share of a population), the volume and range of data, the duration and the geographical extent: for example, every beneficiary of a country operation.'
      },
      matchingDatasets: {
        Label: 'Matching or combining datasets',
        Question: 'Are datasets from different processing operations or different controllers matched or combined?',
        Help: 'For example: matching registration data with a partner\'s distribution lists, or linking case files with health records, in a way people would not expect.'
      },
      vulnerableSubjects: {
        Label: 'Vulnerable data subjects',
        Question: 'Does it concern vulnerable people, who cannot easily refuse or oppose the processing?',
        Help: 'For example: migrants, refugees, displaced people, victims of trafficking, children, patients, employees. Marked automatically when the data subjects include migrants, refugees, displaced people, returnees or victims of trafficking.'
      },
      innovativeTechnology: {
        Label: 'Innovative use or new technology',
        Question: 'Does it use new technologies or new organisational solutions, or combine them in an innovative way?',
        Help: 'For example: fingerprint or face recognition, artificial intelligence, connected devices. Marked automatically when a linked AI system is high-risk in the AI Registry or used in migration, asylum or border control (EU AI Act Annex III area 7).'
      },
      preventsRights: {
        Label: 'Prevents exercising a right or using a service',
        Question: 'Can the processing prevent people from exercising a right or from using a service or a contract?',
        Help: 'For example: screening that decides whether a person may register, receive assistance or be resettled.'
      }
    },
    ScreeningRequired: 'DPIA required: {0} of the 9 criteria are met.',
    ScreeningNotRequired: 'No DPIA required: {0} of the 9 criteria met (a DPIA is required from two).',
    GroundsTitle: 'Grounds',
    GroundSources: {
      answer: 'answered yes',
      vulnerableSubjects: 'data subjects: {0}',
      specialCategories: 'special categories: {0}',
      sensitiveCategories: 'personal data: {0}',
      highRiskAISystem: 'high-risk AI system: {0}',
      annexIIIArea7: 'AI system used in migration, asylum or border control (Annex III area 7): {0}'
    },
    GroundLine: '{0} ({1})',

    DatasetDialogTitle: 'New processing activity from a dataset',
    DatasetDialogHint: 'Choose the dataset the processing uses. Its mission, owner, data subjects and personal data categories fill the form.',
    DatasetDialogStart: 'Continue',

    LinkedTitle: 'Processing activities',
    LinkedNone: 'No record of processing names this yet.',
    LinkedLine: '{0} ({1})',

    ExportMenu: 'Export Art. 30 register',
    ExportXlsx: 'Excel workbook (.xlsx)',
    ExportCsv: 'CSV (UTF-8)',
    ExportSheetName: 'Art. 30 register',
    ExportFileName: 'art30-register',
    ExportNoTransfer: 'None',
    ExportFailed: 'The export could not be written. Try again; if it fails again, export fewer records (filter by mission).',
    Art30Headers: {
      reference: 'Reference',
      name: 'Name of the processing',
      role: 'Role (controller or processor)',
      controller: 'Controller and representative, name and contact details (Art. 30(1)(a))',
      jointControllers: 'Joint controllers (Art. 30(1)(a))',
      dpoContact: 'Data protection officer (Art. 30(1)(a))',
      purposes: 'Purposes of the processing (Art. 30(1)(b))',
      dataSubjectCategories: 'Categories of data subjects (Art. 30(1)(c))',
      personalDataCategories: 'Categories of personal data (Art. 30(1)(c))',
      specialCategories: 'Special categories of data (Art. 9(1))',
      recipients: 'Categories of recipients (Art. 30(1)(d))',
      transferDestinations: 'Transfers to third countries or international organisations (Art. 30(1)(e))',
      transferSafeguard: 'Safeguards of the transfers (Art. 30(1)(e))',
      retention: 'Time limits for erasure (Art. 30(1)(f))',
      securityMeasures: 'Technical and organisational security measures (Art. 30(1)(g))',
      processorControllers: 'Controllers on whose behalf the processor acts (Art. 30(2)(a))',
      processingCategories: 'Categories of processing carried out for each controller (Art. 30(2)(b))',
      legalBasis: 'Legal basis (Art. 6(1))',
      art9Condition: 'Condition for special categories (Art. 9(2))',
      mission: 'Mission',
      region: 'Region',
      owner: 'Owner',
      reviewDate: 'Next review',
      dpiaRequired: 'DPIA required',
      dpiaLink: 'DPIA'
    },

    ValidationMessages: {
      required: 'Enter a value: this field is required.',
      tooLong: 'Too long: shorten it to at most {max} characters.',
      outOfRange: 'Choose a whole number from {min} to {max}.',
      invalidChoice: 'Choose one of the values offered.',
      privacyControllerRequired: 'Required in a controller\'s record of processing (Art. 30(1)).',
      privacyProcessorRequired: 'Required in a processor\'s record of processing (Art. 30(2)).',
      privacyTransferWithoutSafeguard: 'A transfer needs its safeguard: choose the adequacy decision, the appropriate safeguard (Art. 46), binding corporate rules or the Art. 49 derogation it relies on.',
      privacyTransferWithoutDestination: 'Name the third countries or international organisations that receive the data.',
      privacySpecialWithoutCondition: 'Special categories are processed: choose the Art. 9(2) condition that allows it.',
      privacyRetentionWithoutPeriod: 'A retention rule needs its period: enter the number of months or years.'
    }
  };
});
