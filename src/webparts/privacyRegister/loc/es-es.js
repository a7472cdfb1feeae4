define([], function () {
  return {
    PropertyPaneDescription: 'Registro de actividades de tratamiento (RGPD art. 30) y análisis previo de la EIPD.',
    DisplayGroupName: 'Visualización',
    DefaultFilterLabel: 'Mostrar al abrir',

    Title: 'Registro de actividades de tratamiento',
    Intro: 'Las actividades de tratamiento (RGPD art. 30), los conjuntos de datos y sistemas de IA que utilizan, y si cada una requiere una evaluación de impacto relativa a la protección de datos (EIPD).',
    NewActivity: 'Nueva actividad de tratamiento',
    NewFromDataset: 'Nueva a partir de un conjunto de datos',
    Refresh: 'Actualizar',
    Loading: 'Cargando…',
    Summary: '{0} actividades de tratamiento mostradas, {1} requieren una EIPD que no existe',
    Empty: 'Ninguna actividad de tratamiento coincide con estos filtros.',
    Edit: 'Editar',

    FilterRegion: 'Región',
    FilterMission: 'Misión',
    FilterAll: 'Todas',
    FilterDpia: 'EIPD',
    DpiaFilterRequired: 'EIPD requerida',
    DpiaFilterMissing: 'EIPD requerida, ninguna registrada',
    SearchLabel: 'Buscar',
    SearchPlaceholder: 'Nombre, finalidad o misión',

    ColumnTitle: 'Actividad de tratamiento',
    ColumnRole: 'Función',
    ColumnMission: 'Misión',
    ColumnLegalBasis: 'Base jurídica',
    ColumnOwner: 'Responsable interno',
    ColumnReview: 'Próxima revisión',
    ColumnDpia: 'EIPD',
    DpiaMissing: 'EIPD requerida, ninguna registrada',
    DpiaRecorded: 'EIPD registrada',
    DpiaNotRequired: 'No requerida',

    FormNewTitle: 'Nueva actividad de tratamiento',
    FormEditTitle: 'Editar la actividad de tratamiento',
    FormFromDataset: 'Rellenada a partir del conjunto de datos «{0}» (misión, responsable, interesados y datos personales). Revise cada campo antes de guardar.',
    SectionIdentity: 'El tratamiento',
    SectionParties: 'Responsable, encargado y DPD',
    SectionData: 'Interesados y datos personales',
    SectionTransfers: 'Destinatarios y transferencias',
    SectionRetention: 'Conservación y seguridad',
    SectionLawfulness: 'Licitud',
    SectionOrganisation: 'Misión y responsable',
    SectionLinks: 'Conjuntos de datos y sistemas de IA',
    SectionScreening: 'Análisis previo de la EIPD',
    ProcessorHint: 'Un registro de encargado (art. 30(2)) indica los responsables por cuenta de los cuales actúa la organización y las categorías de tratamientos; un registro de responsable (art. 30(1)) indica los fines, los interesados, los datos, los destinatarios y la base jurídica.',
    Fields: {
      title: 'Nombre del tratamiento',
      role: 'Función de la organización',
      controller: 'Responsable del tratamiento (nombre y datos de contacto)',
      jointControllers: 'Corresponsables',
      dpoContact: 'Delegado de protección de datos (contacto)',
      processorControllers: 'Responsables por cuenta de los cuales tratamos',
      processingCategories: 'Categorías de tratamientos efectuados por cuenta de cada responsable',
      purposes: 'Fines del tratamiento',
      dataSubjectCategories: 'Categorías de interesados',
      personalDataCategories: 'Categorías de datos personales',
      specialCategories: 'Categorías especiales de datos (art. 9)',
      recipients: 'Categorías de destinatarios',
      internationalTransfers: 'Se transfieren datos a un tercer país o a una organización internacional',
      transferDestinations: 'Terceros países u organizaciones internacionales',
      transferSafeguard: 'Garantía de la transferencia',
      retentionPeriod: 'Plazo de conservación',
      retentionUnit: 'Unidad',
      retentionTrigger: 'Contado desde',
      securityMeasures: 'Medidas de seguridad técnicas y organizativas',
      legalBasis: 'Base jurídica (art. 6(1))',
      art9Condition: 'Condición para categorías especiales (art. 9(2))',
      region: 'Región',
      mission: 'Misión',
      owner: 'Responsable interno',
      linkedDataAssets: 'Conjuntos de datos',
      linkedAISystems: 'Sistemas de IA',
      reviewDate: 'Próxima revisión',
      dpiaLink: 'Enlace a la EIPD'
    },
    Save: 'Guardar',
    Saving: 'Guardando…',
    Cancel: 'Cancelar',
    Close: 'Cerrar',
    NotSet: 'Sin indicar',
    Yes: 'Sí',
    No: 'No',
    FixErrors: 'Algunos campos requieren atención: no se ha guardado nada. Corrija los campos marcados abajo y vuelva a guardar.',
    ConflictMessage: 'Otra persona guardó esta actividad de tratamiento después de que usted la abriera. No se ha guardado nada suyo. Cargue su versión (sus cambios se pierden) o guarde la suya encima.',
    ConflictReload: 'Cargar su versión',
    ConflictOverwrite: 'Guardar la mía encima',
    AISystemsPlaceholder: 'Buscar sistemas de IA por nombre',

    Roles: { Controller: 'Responsable del tratamiento (art. 30(1))', Processor: 'Encargado del tratamiento (art. 30(2))' },
    LegalBases: {
      'Art. 6(1)(a) Consent': 'Art. 6(1)(a) Consentimiento',
      'Art. 6(1)(b) Contract': 'Art. 6(1)(b) Contrato',
      'Art. 6(1)(c) Legal obligation': 'Art. 6(1)(c) Obligación legal',
      'Art. 6(1)(d) Vital interests': 'Art. 6(1)(d) Intereses vitales',
      'Art. 6(1)(e) Public interest or official authority': 'Art. 6(1)(e) Interés público o poderes públicos',
      'Art. 6(1)(f) Legitimate interests': 'Art. 6(1)(f) Intereses legítimos'
    },
    Art9Conditions: {
      'Art. 9(2)(a) Explicit consent': 'Art. 9(2)(a) Consentimiento explícito',
      'Art. 9(2)(b) Employment and social security law': 'Art. 9(2)(b) Derecho laboral y de la seguridad social',
      'Art. 9(2)(c) Vital interests (subject incapable of consent)': 'Art. 9(2)(c) Intereses vitales (interesado incapaz de consentir)',
      'Art. 9(2)(d) Not-for-profit body, members only': 'Art. 9(2)(d) Organismo sin ánimo de lucro, solo miembros',
      'Art. 9(2)(e) Made manifestly public by the data subject': 'Art. 9(2)(e) Hechos manifiestamente públicos por el interesado',
      'Art. 9(2)(f) Legal claims': 'Art. 9(2)(f) Reclamaciones judiciales',
      'Art. 9(2)(g) Substantial public interest': 'Art. 9(2)(g) Interés público esencial',
      'Art. 9(2)(h) Health or social care': 'Art. 9(2)(h) Asistencia sanitaria o social',
      'Art. 9(2)(i) Public health': 'Art. 9(2)(i) Salud pública',
      'Art. 9(2)(j) Archiving, research or statistics': 'Art. 9(2)(j) Archivo, investigación o estadística'
    },
    Safeguards: {
      'Art. 45 Adequacy decision': 'Art. 45 Decisión de adecuación',
      'Art. 46(2)(a) Legally binding instrument between public bodies': 'Art. 46(2)(a) Instrumento jurídicamente vinculante entre organismos públicos',
      'Art. 46(2)(b) Binding corporate rules': 'Art. 46(2)(b) Normas corporativas vinculantes',
      'Art. 46(2)(c) Standard contractual clauses': 'Art. 46(2)(c) Cláusulas contractuales tipo',
      'Art. 46(2)(e) Approved code of conduct': 'Art. 46(2)(e) Código de conducta aprobado',
      'Art. 46(2)(f) Approved certification': 'Art. 46(2)(f) Mecanismo de certificación aprobado',
      'Art. 46(3)(b) Administrative arrangement between public bodies': 'Art. 46(3)(b) Acuerdo administrativo entre organismos públicos',
      'Art. 49 Derogation for a specific situation': 'Art. 49 Excepción para una situación específica'
    },
    SpecialCategories: {
      'Racial or ethnic origin': 'Origen étnico o racial',
      'Political opinions': 'Opiniones políticas',
      'Religious or philosophical beliefs': 'Convicciones religiosas o filosóficas',
      'Trade union membership': 'Afiliación sindical',
      'Genetic data': 'Datos genéticos',
      'Biometric data (identification)': 'Datos biométricos (para identificar a una persona)',
      'Health data': 'Datos relativos a la salud',
      'Sex life or sexual orientation': 'Vida sexual u orientación sexual'
    },
    RetentionUnits: { Months: 'Meses', Years: 'Años' },

    ScreeningIntro: 'Responda a cada pregunta para este tratamiento tal como se realiza. Cuando se cumplen dos o más de los nueve criterios, se requiere una EIPD antes de iniciar el tratamiento (RGPD art. 35; directrices del CEPD WP248 rev.01). Algunos criterios se derivan del propio registro y de los sistemas de IA que utiliza; se indican como tales.',
    Criteria: {
      evaluationScoring: {
        Label: 'Evaluación o puntuación',
        Question: '¿El tratamiento evalúa o puntúa a personas, incluida la elaboración de perfiles y la predicción?',
        Help: 'Por ejemplo: evaluar la elegibilidad, la vulnerabilidad o el riesgo de una persona a partir de sus datos, clasificar solicitantes, predecir comportamientos o necesidades.'
      },
      automatedDecisions: {
        Label: 'Decisiones automatizadas con efectos jurídicos o similares',
        Question: '¿Se toman decisiones sobre personas de forma automatizada, con efectos jurídicos o efectos significativos similares?',
        Help: 'Por ejemplo: una asistencia concedida o denegada, un caso priorizado o cerrado, por un sistema sin revisión humana real. También se marca cuando un sistema de IA vinculado es de alto riesgo o se usa en migración, asilo o control fronterizo.'
      },
      systematicMonitoring: {
        Label: 'Observación sistemática',
        Question: '¿Se observa, supervisa o controla a personas de forma sistemática, incluso en lugares públicos?',
        Help: 'Por ejemplo: seguir desplazamientos o ubicaciones, videovigilancia en un centro de acogida, supervisar el uso de los sistemas por el personal.'
      },
      sensitiveData: {
        Label: 'Datos sensibles o de carácter muy personal',
        Question: '¿Se tratan categorías especiales de datos, datos sobre infracciones penales u otros datos de carácter muy personal?',
        Help: 'Por ejemplo: datos de salud, biométricos, étnicos o religiosos, información de protección y vulnerabilidad, datos de menores. Se marca automáticamente cuando el registro incluye categorías especiales o dichos datos.'
      },
      largeScale: {
        Label: 'Gran escala',
        Question: '¿Se tratan los datos a gran escala?',
        Help: 'Considere el número de personas afectadas (en cifras o como proporción de una población), el volumen y la variedad de los datos, la duración y el alcance geográfico: por ejemplo, todos los beneficiarios de una operación en un país.'
      },
      matchingDatasets: {
        Label: 'Asociación o combinación de conjuntos de datos',
        Question: '¿Se asocian o combinan conjuntos de datos de distintos tratamientos o de distintos responsables?',
        Help: 'Por ejemplo: cruzar datos de registro con las listas de distribución de un socio, o vincular expedientes con datos de salud, de una forma que las personas no esperarían.'
      },
      vulnerableSubjects: {
        Label: 'Interesados vulnerables',
        Question: '¿Afecta a personas vulnerables, que no pueden negarse u oponerse fácilmente al tratamiento?',
        Help: 'Por ejemplo: migrantes, refugiados, desplazados, víctimas de trata, menores, pacientes, empleados. Se marca automáticamente cuando los interesados incluyen migrantes, refugiados, desplazados internos, retornados o víctimas de trata.'
      },
      innovativeTechnology: {
        Label: 'Uso innovador o nueva tecnología',
        Question: '¿Utiliza nuevas tecnologías o nuevas soluciones organizativas, o las combina de forma innovadora?',
        Help: 'Por ejemplo: reconocimiento dactilar o facial, inteligencia artificial, dispositivos conectados. Se marca automáticamente cuando un sistema de IA vinculado es de alto riesgo en el Registro de IA o se usa en migración, asilo o control fronterizo (Reglamento de IA, anexo III, punto 7).'
      },
      preventsRights: {
        Label: 'Impide ejercer un derecho o acceder a un servicio',
        Question: '¿Puede el tratamiento impedir a las personas ejercer un derecho o acceder a un servicio o a un contrato?',
        Help: 'Por ejemplo: un cribado que decide si una persona puede registrarse, recibir asistencia o ser reasentada.'
      }
    },
    ScreeningRequired: 'EIPD requerida: se cumplen {0} de los 9 criterios.',
    ScreeningNotRequired: 'No se requiere EIPD: se cumplen {0} de los 9 criterios (se requiere a partir de dos).',
    GroundsTitle: 'Motivos',
    GroundSources: {
      answer: 'respuesta sí',
      vulnerableSubjects: 'interesados: {0}',
      specialCategories: 'categorías especiales: {0}',
      sensitiveCategories: 'datos personales: {0}',
      highRiskAISystem: 'sistema de IA de alto riesgo: {0}',
      annexIIIArea7: 'sistema de IA usado en migración, asilo o control fronterizo (anexo III, punto 7): {0}'
    },
    GroundLine: '{0} ({1})',

    DatasetDialogTitle: 'Nueva actividad de tratamiento a partir de un conjunto de datos',
    DatasetDialogHint: 'Elija el conjunto de datos que utiliza el tratamiento. Su misión, responsable, interesados y categorías de datos personales rellenan el formulario.',
    DatasetDialogStart: 'Continuar',

    LinkedTitle: 'Actividades de tratamiento',
    LinkedNone: 'Ningún registro de tratamiento lo menciona todavía.',
    LinkedLine: '{0} ({1})',

    ExportMenu: 'Exportar el registro (art. 30)',
    ExportXlsx: 'Libro de Excel (.xlsx)',
    ExportCsv: 'CSV (UTF-8)',
    ExportSheetName: 'Registro art. 30',
    ExportFileName: 'registro-art30',
    ExportNoTransfer: 'Ninguna',
    ExportFailed: 'No se pudo escribir la exportación. Vuelva a intentarlo; si falla de nuevo, exporte menos actividades (filtre por misión).',
    Art30Headers: {
      reference: 'Referencia',
      name: 'Nombre del tratamiento',
      role: 'Función (responsable o encargado)',
      controller: 'Responsable del tratamiento y representante, nombre y datos de contacto (art. 30(1)(a))',
      jointControllers: 'Corresponsables (art. 30(1)(a))',
      dpoContact: 'Delegado de protección de datos (art. 30(1)(a))',
      purposes: 'Fines del tratamiento (art. 30(1)(b))',
      dataSubjectCategories: 'Categorías de interesados (art. 30(1)(c))',
      personalDataCategories: 'Categorías de datos personales (art. 30(1)(c))',
      specialCategories: 'Categorías especiales de datos (art. 9(1))',
      recipients: 'Categorías de destinatarios (art. 30(1)(d))',
      transferDestinations: 'Transferencias a terceros países u organizaciones internacionales (art. 30(1)(e))',
      transferSafeguard: 'Garantías de las transferencias (art. 30(1)(e))',
      retention: 'Plazos de supresión (art. 30(1)(f))',
      securityMeasures: 'Medidas de seguridad técnicas y organizativas (art. 30(1)(g))',
      processorControllers: 'Responsables por cuenta de los cuales actúa el encargado (art. 30(2)(a))',
      processingCategories: 'Categorías de tratamientos efectuados por cuenta de cada responsable (art. 30(2)(b))',
      legalBasis: 'Base jurídica (art. 6(1))',
      art9Condition: 'Condición para categorías especiales (art. 9(2))',
      mission: 'Misión',
      region: 'Región',
      owner: 'Responsable interno',
      reviewDate: 'Próxima revisión',
      dpiaRequired: 'EIPD requerida',
      dpiaLink: 'EIPD'
    },

    ValidationMessages: {
      required: 'Introduzca un valor: este campo es obligatorio.',
      tooLong: 'Demasiado largo: acórtelo a {max} caracteres como máximo.',
      outOfRange: 'Elija un número entero de {min} a {max}.',
      invalidChoice: 'Elija uno de los valores ofrecidos.',
      privacyControllerRequired: 'Obligatorio en el registro de un responsable del tratamiento (art. 30(1)).',
      privacyProcessorRequired: 'Obligatorio en el registro de un encargado del tratamiento (art. 30(2)).',
      privacyTransferWithoutSafeguard: 'Una transferencia requiere su garantía: elija la decisión de adecuación, la garantía adecuada (art. 46), las normas corporativas vinculantes o la excepción del art. 49 en la que se basa.',
      privacyTransferWithoutDestination: 'Indique los terceros países u organizaciones internacionales que reciben los datos.',
      privacySpecialWithoutCondition: 'Se tratan categorías especiales: elija la condición del art. 9(2) que lo permite.',
      privacyRetentionWithoutPeriod: 'Una regla de conservación requiere su plazo: introduzca el número de meses o años.'
    }
  };
});
