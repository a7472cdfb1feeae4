define([], function () {
  return {
    PropertyPaneDescription: 'AI Registry: AI systems with their EU AI Act classification, verification and documentation.',
    SettingsGroupName: 'Settings',
    PageSizeLabel: 'Systems per page',

    RegisterTitle: 'AI Registry',
    GridAriaLabel: 'AI systems',
    NewSystem: 'Register AI system',
    Export: 'Export register (CSV)',
    Exporting: 'Exporting…',
    ExportDone: 'Register exported: {0} systems.',
    SearchLabel: 'Search AI system titles',
    SearchPlaceholder: 'Search titles',
    FilterAll: 'All',
    ClearFilters: 'Clear filters',
    SystemsShown: '{0} AI systems shown. Unverified prohibited and high-risk systems come first.',
    Empty: 'No AI system matches these filters.',
    OpenDetailsOf: 'Open details of {0}',
    NotClassified: 'Not classified',

    Columns: {
      title: 'AI system', riskTier: 'Risk tier', approvalStatus: 'Approval status', businessOwner: 'Business owner',
      lifecycle: 'Lifecycle', nextReviewDate: 'Next review', verification: 'Verification', department: 'Department'
    },
    Fields: {
      title: 'Title', description: 'Description', vendor: 'Vendor', systemType: 'System type', purpose: 'Purpose',
      businessOwner: 'Business owner', technicalOwner: 'Technical owner', department: 'Department', lifecycle: 'Lifecycle',
      approvalStatus: 'Approval status', nextReviewDate: 'Next review date', linkedDataAssets: 'Datasets used',
      dpiaUrl: 'DPIA (link)', modelCardUrl: 'Model card (link)', vendorTermsUrl: 'Vendor terms (link)', applicabilityBasis: 'Applicability', webDomains: 'Web domains', aliases: 'Other names (aliases)'
    },
    Tiers: { prohibited: 'Prohibited', high: 'High risk', limited: 'Limited risk (transparency)', minimal: 'Minimal risk' },
    TierExplanations: {
      prohibited: 'The practice is banned by Art. 5: the system must not be used.',
      high: 'High-risk system: strict duties apply before and during use.',
      limited: 'Transparency duties apply: people must know they deal with AI or AI-made content.',
      minimal: 'No specific duty beyond AI literacy; voluntary codes of conduct may apply.'
    },
    VerificationStates: { Unverified: 'Unverified', Verified: 'Verified', Returned: 'Returned for correction' },
    ApprovalStatuses: {
      'Pending review': 'Pending review', Approved: 'Approved', 'Approved with conditions': 'Approved with conditions',
      Rejected: 'Rejected', 'In use without approval': 'In use without approval'
    },
    Lifecycles: { Proposed: 'Proposed', Pilot: 'Pilot', Production: 'Production', Retired: 'Retired' },
    SystemTypes: {
      'Generative AI assistant': 'Generative AI assistant', 'Machine learning model': 'Machine learning model', 'Computer vision': 'Computer vision',
      'Speech and language processing': 'Speech and language processing', 'Biometric system': 'Biometric system',
      'Decision support / scoring': 'Decision support / scoring', 'Rules-based automation': 'Rules-based automation', Other: 'Other'
    },
    ApplicabilityBases: { 'Legally applicable': 'Legally applicable', 'Voluntary alignment': 'Voluntary alignment' },

    FormNewTitle: 'Register an AI system',
    FormEditTitle: 'Edit {0}',
    FormRequiredNote: 'Fields marked * are required. The risk tier comes from the classification wizard, not from this form.',
    WebDomainsHint: 'One domain or address a line, e.g. chatgpt.com: usage exports seen on it (or its subdomains) match this system.',
    AliasesHint: 'One name a line, as usage exports spell it: they match this system whatever the case or punctuation.',
    InvalidUrl: 'Enter a full web address starting with https:// or http://.',
    Required: 'Required.',
    TooLong: 'Too long: at most {0} characters.',
    InvalidDate: 'Enter a date as YYYY-MM-DD.',
    DatasetSearchLabel: 'Find datasets by title',
    DatasetSearchPlaceholder: 'Type part of a dataset title',
    DatasetNoResults: 'No dataset title contains this text.',
    DatasetSearchFailed: 'Datasets cannot be searched right now: SharePoint search is off or has not indexed the inventory yet, and the inventory is too large to scan by title. Try again in a few minutes.',
    DatasetAdd: 'Add {0}',
    DatasetRemove: 'Remove {0}',
    DatasetSummary: 'Highest declared sensitivity: {0}.',
    DatasetSummaryNone: 'No linked dataset declares a sensitivity.',
    PersonalDataFlag: 'Uses personal data',
    NoPersonalData: 'No linked dataset contains personal data.',
    UndeclaredDatasets: '{0} linked datasets declare no sensitivity: the highest may be understated.',
    NoDatasets: 'No dataset linked.',

    DetailsTitle: '{0}',
    Edit: 'Edit',
    Classify: 'Classify with the wizard',
    Reclassify: 'Review the classification answers',
    Classification: 'EU AI Act classification',
    Grounds: 'Grounds',
    ObligationsHeading: 'Obligations',
    NeedsReview: 'A governance lead must review this classification:',
    Documentation: 'Documentation',
    Datasets: 'Datasets used',
    Verification: 'Verification',
    VerifiedByOn: 'Verified by {0} on {1}.',
    ReturnedByOn: 'Returned by {0} on {1}.',
    UnverifiedText: 'Not verified yet: a governance lead other than the submitter must verify it.',
    SubmittedBy: 'Classification submitted by {0}.',
    Verify: 'Verify classification',
    Return: 'Return for correction',
    VerifyComment: 'Comment for the record (optional)',
    VerifyDone: 'Your decision is recorded.',
    CannotVerifyOwn: 'You submitted this classification, so you cannot verify it: another governance lead must.',
    CannotVerifyNotLead: 'Only governance leads verify classifications.',
    CannotVerifyUnclassified: 'Classify the system before it can be verified.',
    CannotVerifyNotSubmitted: 'These answers were not submitted through the registry (the record was edited directly): open the classification and save it before it can be verified.',
    IgnoredDecisions: 'Decisions that do not count',
    IgnoredReasons: {
      missingAuthor: 'The decision has no author.',
      missingCreated: 'The decision has no date.',
      notALead: '{0} is not a governance lead.',
      submitterVerified: '{0} submitted the classification and cannot verify it.',
      answersChanged: '{0} verified earlier answers; the answers have changed since.',
      notSubmitted: '{0} verified answers that were never submitted through the registry.'
    },
    AnomaliesHeading: 'Stored values that do not match the record\'s history',
    AnomalyMarker: 'Anomaly ({0})',
    Anomalies: {
      notSubmitted: 'The answers stored now were not submitted through the registry: the record was changed directly. Nobody\'s verification counts until someone saves the classification.',
      storedHashMismatch: 'The stored answers\' fingerprint does not match the answers: they were changed outside the registry.',
      classifiedByMismatch: '“Classified by” names someone other than the person who submitted these answers.',
      storedStateMismatch: 'The stored verification state does not match the decisions: the state shown here is the one the decisions establish.'
    },
    Applicability: 'Applicability',

    Wizard: {
      Title: 'Classify {0}',
      StepOf: 'Step {0} of {1}',
      Back: 'Back',
      Next: 'Next',
      SeeResult: 'See the result',
      Explanation: 'Why we ask',
      Example: 'Example',
      NoneApply: 'None of these',
      Yes: 'Yes',
      No: 'No',
      ResultTitle: 'Result',
      TierIs: 'Risk tier: {0}',
      ObligationsChecklist: 'What the organisation must do',
      ApplicabilityTitle: 'Does the EU AI Act bind the organisation?',
      ApplicabilityNotice: 'Under Art. 2(4), the Act may not legally bind an international organisation. The tier is worked out the same way either way; record which applies.',
      ApplicabilityRequired: 'Choose whether the Act is legally applicable or followed voluntarily.',
      SaveClassification: 'Save classification',
      Saving: 'Saving…',
      ResetWarning: 'Saving changed answers resets the verification: a governance lead must verify again.',
      StepAnnounce: 'Step {0} of {1}: {2}'
    },
    Steps: {
      role: {
        title: 'Your role',
        question: 'Does the organisation build this AI system, use it, or both?',
        explanation: 'Providers (who build a system or have it built under their name) and deployers (who use it) have different duties.',
        example: 'A chatbot bought from a vendor and used by staff: deployer. A model trained in-house and shared with partners: provider.'
      },
      prohibited: {
        title: 'Prohibited practices',
        question: 'Does the system do any of these?',
        explanation: 'Article 5 bans these practices outright. If one applies, the system must not be used, whatever else is true.',
        example: 'A tool that rates beneficiaries by their social behaviour and cuts assistance for low scores is social scoring.'
      },
      productSafety: {
        title: 'Product safety',
        question: 'Is the system a safety component of a product (e.g. a medical device, a vehicle, machinery) that needs a third-party safety check under EU product law?',
        explanation: 'Art. 6(1): AI that keeps a regulated product safe is high-risk.',
        example: 'AI in a diagnostic ultrasound device used in a migration health clinic.'
      },
      highRiskUses: {
        title: 'Sensitive uses',
        question: 'Is the system intended for any of these uses?',
        explanation: 'Annex III lists uses where AI can seriously affect people\'s rights, safety or livelihoods. Tick every use that fits the intended purpose.',
        example: 'A CV-screening tool that ranks job applicants is recruitment (4(a)). A model that decides who receives cash assistance is public benefits (5(a)).'
      },
      migration: {
        title: 'Migration, asylum and border management',
        question: 'Is the system used by or for public authorities in migration, asylum or border management for any of these?',
        explanation: 'Annex III point 7 covers these uses. They matter most for this organisation\'s work with governments.',
        example: 'Each option below has its own example.'
      },
      derogations: {
        title: 'Limited role in the decision',
        question: 'For the sensitive uses ticked, does the system only do one of these?',
        explanation: 'Art. 6(3): a system on the Annex III list is not high-risk if it does not materially influence decisions, for example because it only does one of these. Leave empty if unsure.',
        example: 'A tool that only sorts incoming applications into folders by language, before a caseworker reads each one: narrow procedural task.'
      },
      profiling: {
        title: 'Profiling',
        question: 'Does the system profile people, that is, evaluate or predict aspects of a person such as their behaviour, reliability, health or movements?',
        explanation: 'Profiling always keeps a system on the Annex III list high-risk, even if it only has a limited role.',
        example: 'Scoring each traveller\'s likelihood of overstaying a visa is profiling.'
      },
      transparency: {
        title: 'Transparency',
        question: 'Does the system do any of these?',
        explanation: 'Article 50 requires telling people when they deal with AI or AI-made content, whatever the risk tier.',
        example: 'A chat assistant answering migrants\' questions on a website interacts with people.'
      },
      generalPurpose: {
        title: 'General-purpose AI model',
        question: 'Is the system built on a general-purpose AI model (e.g. a large language model used for many tasks)?',
        explanation: 'Articles 53-55 add duties for general-purpose models; as a deployer, you need the model provider\'s documentation.',
        example: 'A translation assistant built on a commercial large language model.'
      },
      publicBody: {
        title: 'Public service',
        question: 'Is the system used by a public body, or to provide a public service?',
        explanation: 'Art. 27: public bodies and providers of public services must assess the impact on fundamental rights before using a high-risk system.',
        example: 'Registering refugees for a government-run assistance programme is a public service.'
      }
    },
    Roles: {
      provider: 'We build it, or have it built and offer it under our name (provider)',
      deployer: 'We use a system someone else provides (deployer)',
      both: 'Both'
    },
    Practices: {
      manipulation: 'Manipulates people with subliminal or deceptive techniques that distort their behaviour and can cause significant harm',
      exploitingVulnerabilities: 'Exploits people\'s vulnerability (age, disability, social or economic situation) to distort their behaviour and cause harm',
      socialScoring: 'Scores people on their social behaviour or personal traits, leading to unfair or unrelated detrimental treatment',
      crimePredictionByProfiling: 'Predicts that a person will commit a crime based only on profiling or personality traits',
      untargetedFacialScraping: 'Builds facial recognition databases by scraping faces from the internet or CCTV at random',
      emotionRecognitionWorkEducation: 'Infers the emotions of staff at work or of students in education (except for medical or safety reasons)',
      biometricCategorisationSensitive: 'Sorts people by biometric data to infer race, political opinions, trade union membership, religion or sexual orientation',
      realTimeRemoteBiometricIdLawEnforcement: 'Identifies people remotely in real time in public spaces for law enforcement'
    },
    AnnexUses: {
      '1a': 'Remote biometric identification of people (not simply confirming someone is who they claim to be)',
      '1b': 'Biometric categorisation of people by sensitive or protected traits',
      '1c': 'Emotion recognition',
      '2': 'Safety component of critical infrastructure (digital infrastructure, traffic, water, gas, heating, electricity)',
      '3a': 'Deciding admission or assignment to education or vocational training',
      '3b': 'Evaluating learning outcomes',
      '3c': 'Assessing the level of education a person will receive or can access',
      '3d': 'Monitoring students for prohibited behaviour during tests',
      '4a': 'Recruitment: targeting job adverts, screening or filtering applications, evaluating candidates',
      '4b': 'Decisions on promotion, termination, task allocation, or monitoring and evaluating staff',
      '5a': 'Deciding eligibility for public assistance benefits and services, or granting, reducing or reclaiming them',
      '5b': 'Credit scoring or creditworthiness of people (except fraud detection)',
      '5c': 'Risk assessment and pricing for life and health insurance',
      '5d': 'Classifying emergency calls, dispatching emergency services, or emergency patient triage',
      '6a': 'Law enforcement: assessing the risk of a person becoming a victim of crime',
      '6b': 'Law enforcement: polygraphs or similar tools',
      '6c': 'Law enforcement: evaluating the reliability of evidence',
      '6d': 'Law enforcement: assessing the risk of a person offending or re-offending, or their personality traits',
      '6e': 'Law enforcement: profiling people when detecting, investigating or prosecuting crime',
      '7a': 'Polygraphs or similar tools (e.g. lie or deception detection in interviews)',
      '7b': 'Assessing a security, irregular-migration or health risk posed by a person entering or who has entered a country',
      '7c': 'Helping examine applications for asylum, visas or residence permits (and related complaints), including the reliability of evidence',
      '7d': 'Detecting, recognising or identifying people in migration, asylum or border management (except checking travel documents)',
      '8a': 'Helping a court or dispute-resolution body research and interpret facts and law',
      '8b': 'Influencing the outcome of an election or referendum, or how people vote'
    },
    MigrationExamples: {
      '7a': 'A tool that analyses an asylum seeker\'s voice or face during an interview to judge whether they are telling the truth.',
      '7b': 'A risk-assessment tool that flags arriving travellers as likely irregular migrants or health risks for secondary screening.',
      '7c': 'Software that ranks asylum or visa files by likely eligibility, or checks whether documents submitted as evidence are consistent.',
      '7d': 'Face matching at a border crossing to find people on a watch list. (Scanning a passport to check it is genuine is not covered.)'
    },
    Derogations: {
      narrowProceduralTask: 'A narrow procedural task (e.g. sorting or converting documents)',
      improvesCompletedHumanActivity: 'Improving the result of work a person has already completed (e.g. polishing the language of a letter)',
      detectsPatternsWithoutReplacingHumanAssessment: 'Detecting patterns or deviations in past decisions, without replacing or influencing the human assessment',
      preparatoryTask: 'A preparatory task for an assessment a person then makes (e.g. translating documents before a caseworker reads them)'
    },
    Triggers: {
      interactsWithPersons: 'Interacts directly with people (e.g. a chatbot or voice assistant)',
      generatesSyntheticContent: 'Generates text, images, audio or video',
      emotionRecognitionOrBiometricCategorisation: 'Recognises emotions or categorises people from biometric data',
      deepFake: 'Produces deep fakes: realistic images, audio or video of real people, places or events',
      publicInterestText: 'Generates text published to inform the public on matters of public interest'
    },
    GroundExplanations: {
      'Art. 6(1)': 'Safety component of a product under EU product safety law that needs a third-party check.',
      'Art. 6(3)': 'The listed use does not make the system high-risk: it only has a limited role and does not profile people.',
      'Art. 50(1)': 'People must be told they are interacting with an AI system.',
      'Art. 50(2)': 'AI-generated content must be marked as such, machine-readably.',
      'Art. 50(3)': 'People exposed to emotion recognition or biometric categorisation must be informed.',
      'Art. 50(4)': 'Deep fakes, and AI-generated text informing the public, must be disclosed.'
    },
    Obligations: {
      aiLiteracy: 'Train the staff who operate or use the system in AI literacy',
      discontinue: 'Stop using the system, or do not start: the practice is prohibited',
      documentNonHighRiskAssessment: 'Document why the listed use is not high-risk, and register the system before offering it',
      riskManagement: 'Run a risk management process across the lifecycle',
      dataGovernance: 'Apply data governance to training, validation and test data',
      technicalDocumentation: 'Write and keep the technical documentation',
      recordKeeping: 'Build in automatic event logging',
      transparencyToDeployers: 'Give users instructions for use',
      humanOversightDesign: 'Design the system so people can oversee it effectively',
      accuracyRobustness: 'Ensure accuracy, robustness and cybersecurity',
      qualityManagement: 'Put a quality management system in place',
      conformityAssessment: 'Pass the conformity assessment before use',
      registration: 'Register the system in the EU database',
      postMarketMonitoring: 'Monitor the system after release and report serious incidents',
      humanOversight: 'Assign human oversight to trained people with authority to act',
      inputData: 'Make sure the input data you control is relevant and representative',
      monitorAndReport: 'Monitor operation, tell the provider about risks and report serious incidents',
      logs: 'Keep the system\'s logs for at least six months',
      informAffectedPersons: 'Inform the people the system\'s decisions are about',
      fria: 'Carry out a fundamental-rights impact assessment before first use',
      discloseAIInteraction: 'Tell people they are interacting with AI',
      markSyntheticContent: 'Mark generated content as AI-generated',
      informExposedPersons: 'Inform people exposed to emotion recognition or biometric categorisation',
      discloseDeepFake: 'Disclose that images, audio or video are AI-generated or manipulated',
      disclosePublicInterestText: 'Disclose AI-generated text on matters of public interest (unless a person edits it and takes responsibility)',
      gpaiTechnicalDocumentation: 'Keep the technical documentation of the general-purpose model',
      gpaiDownstreamInformation: 'Give downstream providers information on the model',
      gpaiModelProviderInfo: 'Obtain and keep the model provider\'s documentation',
      gpaiCopyrightPolicy: 'Have a policy to respect EU copyright law',
      gpaiTrainingContentSummary: 'Publish a summary of the training content'
    },
    ReviewReasons: {
      derogationApplied: 'A limited-role exception lowered the tier: a lead must confirm it.',
      derogationWithoutAnnexIIIUse: 'A limited-role exception is ticked without any sensitive use.',
      deepFakeWithoutSyntheticContent: 'Deep fakes are ticked but generating content is not.',
      publicInterestTextWithoutSyntheticContent: 'Public-interest text is ticked but generating content is not.',
      biometricUseWithoutTransparencyTrigger: 'An emotion or biometric use is ticked but the matching transparency answer is not.',
      duplicateEntries: 'The stored answers repeat an entry: they may be corrupt.'
    },
    Csv: {
      id: 'ID', title: 'AI system', vendor: 'Vendor', systemType: 'System type', department: 'Department', lifecycle: 'Lifecycle',
      approvalStatus: 'Approval status', businessOwner: 'Business owner', technicalOwner: 'Technical owner', riskTier: 'Risk tier',
      grounds: 'Grounds', obligations: 'Obligations', needsReview: 'Needs review', applicabilityBasis: 'Applicability',
      verificationState: 'Verification', verifiedBy: 'Verified by', verifiedOn: 'Verified on', submittedBy: 'Classification submitted by',
      nextReviewDate: 'Next review', linkedDatasets: 'Datasets used', fileName: 'ai-register'
    }
  };
});
