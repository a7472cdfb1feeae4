define([], function () {
  return {
    PropertyPaneDescription: 'Registro de IA: sistemas de IA con su clasificación según el Reglamento europeo de IA, su verificación y su documentación.',
    SettingsGroupName: 'Configuración',
    PageSizeLabel: 'Sistemas por página',

    RegisterTitle: 'Registro de IA',
    GridAriaLabel: 'Sistemas de IA',
    NewSystem: 'Registrar sistema de IA',
    Export: 'Exportar el registro (CSV)',
    Exporting: 'Exportando…',
    ExportDone: 'Registro exportado: {0} sistemas.',
    SearchLabel: 'Buscar en los títulos de los sistemas de IA',
    SearchPlaceholder: 'Buscar en los títulos',
    FilterAll: 'Todos',
    ClearFilters: 'Borrar filtros',
    SystemsShown: '{0} sistemas de IA mostrados. Los sistemas prohibidos y de alto riesgo sin verificar aparecen primero.',
    Empty: 'Ningún sistema de IA coincide con estos filtros.',
    OpenDetailsOf: 'Abrir los detalles de {0}',
    NotClassified: 'Sin clasificar',

    Columns: {
      title: 'Sistema de IA', riskTier: 'Nivel de riesgo', approvalStatus: 'Estado de aprobación', businessOwner: 'Responsable de negocio',
      lifecycle: 'Ciclo de vida', nextReviewDate: 'Próxima revisión', verification: 'Verificación', department: 'Departamento'
    },
    Fields: {
      title: 'Título', description: 'Descripción', vendor: 'Proveedor', systemType: 'Tipo de sistema', purpose: 'Finalidad',
      businessOwner: 'Responsable de negocio', technicalOwner: 'Responsable técnico', department: 'Departamento', lifecycle: 'Ciclo de vida',
      approvalStatus: 'Estado de aprobación', nextReviewDate: 'Fecha de la próxima revisión', linkedDataAssets: 'Conjuntos de datos utilizados',
      dpiaUrl: 'EIPD (enlace)', modelCardUrl: 'Ficha del modelo (enlace)', vendorTermsUrl: 'Condiciones del proveedor (enlace)', applicabilityBasis: 'Aplicabilidad', webDomains: 'Dominios web', aliases: 'Otros nombres (alias)'
    },
    Tiers: { prohibited: 'Prohibido', high: 'Alto riesgo', limited: 'Riesgo limitado (transparencia)', minimal: 'Riesgo mínimo' },
    TierExplanations: {
      prohibited: 'El artículo 5 prohíbe esta práctica: el sistema no debe utilizarse.',
      high: 'Sistema de alto riesgo: se aplican obligaciones estrictas antes y durante su uso.',
      limited: 'Se aplican obligaciones de transparencia: las personas deben saber que tratan con una IA o con contenido creado por una IA.',
      minimal: 'Ninguna obligación específica aparte de la alfabetización en IA; pueden aplicarse códigos de conducta voluntarios.'
    },
    VerificationStates: { Unverified: 'Sin verificar', Verified: 'Verificado', Returned: 'Devuelto para corrección' },
    ApprovalStatuses: {
      'Pending review': 'Pendiente de revisión', Approved: 'Aprobado', 'Approved with conditions': 'Aprobado con condiciones',
      Rejected: 'Rechazado', 'In use without approval': 'En uso sin aprobación'
    },
    Lifecycles: { Proposed: 'Propuesto', Pilot: 'Piloto', Production: 'Producción', Retired: 'Retirado' },
    SystemTypes: {
      'Generative AI assistant': 'Asistente de IA generativa', 'Machine learning model': 'Modelo de aprendizaje automático', 'Computer vision': 'Visión artificial',
      'Speech and language processing': 'Procesamiento del habla y del lenguaje', 'Biometric system': 'Sistema biométrico',
      'Decision support / scoring': 'Apoyo a la decisión / puntuación', 'Rules-based automation': 'Automatización basada en reglas', Other: 'Otro'
    },
    ApplicabilityBases: { 'Legally applicable': 'Jurídicamente aplicable', 'Voluntary alignment': 'Alineación voluntaria' },

    FormNewTitle: 'Registrar un sistema de IA',
    FormEditTitle: 'Editar {0}',
    FormRequiredNote: 'Los campos marcados con * son obligatorios. El nivel de riesgo lo determina el asistente de clasificación, no este formulario.',
    WebDomainsHint: 'Un dominio o dirección por línea, p. ej. chatgpt.com: el uso visto en él (o en sus subdominios) se coteja con este sistema.',
    AliasesHint: 'Un nombre por línea, como lo escriben las exportaciones de uso: se cotejan con este sistema sin importar mayúsculas ni puntuación.',
    InvalidUrl: 'Escriba una dirección web completa que empiece por https:// o http://.',
    Required: 'Obligatorio.',
    TooLong: 'Demasiado largo: {0} caracteres como máximo.',
    InvalidDate: 'Escriba una fecha con el formato AAAA-MM-DD.',
    DatasetSearchLabel: 'Buscar conjuntos de datos por título',
    DatasetSearchPlaceholder: 'Escriba parte del título',
    DatasetNoResults: 'Ningún título de conjunto de datos contiene este texto.',
    DatasetSearchFailed: 'No se pueden buscar conjuntos de datos ahora: la búsqueda de SharePoint está desactivada o aún no ha indexado el inventario, demasiado grande para recorrerlo por título. Vuelva a intentarlo en unos minutos.',
    DatasetAdd: 'Añadir {0}',
    DatasetRemove: 'Quitar {0}',
    DatasetSummary: 'Sensibilidad declarada más alta: {0}.',
    DatasetSummaryNone: 'Ningún conjunto de datos vinculado declara una sensibilidad.',
    PersonalDataFlag: 'Utiliza datos personales',
    NoPersonalData: 'Ningún conjunto de datos vinculado contiene datos personales.',
    UndeclaredDatasets: '{0} conjuntos de datos vinculados no declaran sensibilidad: la más alta puede estar subestimada.',
    NoDatasets: 'Ningún conjunto de datos vinculado.',

    DetailsTitle: '{0}',
    Edit: 'Editar',
    Classify: 'Clasificar con el asistente',
    Reclassify: 'Revisar las respuestas de la clasificación',
    Classification: 'Clasificación según el Reglamento europeo de IA',
    Grounds: 'Fundamentos',
    ObligationsHeading: 'Obligaciones',
    NeedsReview: 'Un responsable de gobernanza debe revisar esta clasificación:',
    Documentation: 'Documentación',
    Datasets: 'Conjuntos de datos utilizados',
    Verification: 'Verificación',
    VerifiedByOn: 'Verificado por {0} el {1}.',
    ReturnedByOn: 'Devuelto por {0} el {1}.',
    UnverifiedText: 'Aún sin verificar: debe verificarlo un responsable de gobernanza distinto de quien lo presentó.',
    SubmittedBy: 'Clasificación presentada por {0}.',
    Verify: 'Verificar la clasificación',
    Return: 'Devolver para corrección',
    VerifyComment: 'Comentario para el expediente (opcional)',
    VerifyDone: 'Su decisión ha quedado registrada.',
    CannotVerifyOwn: 'Usted presentó esta clasificación, por lo que no puede verificarla: debe hacerlo otro responsable de gobernanza.',
    CannotVerifyNotLead: 'Solo los responsables de gobernanza verifican las clasificaciones.',
    CannotVerifyUnclassified: 'Clasifique el sistema antes de que pueda verificarse.',
    CannotVerifyNotSubmitted: 'Estas respuestas no se enviaron desde el registro (la ficha se modificó directamente): abra la clasificación y guárdela antes de poder verificarla.',
    IgnoredDecisions: 'Decisiones que no cuentan',
    IgnoredReasons: {
      missingAuthor: 'La decisión no tiene autor.',
      missingCreated: 'La decisión no tiene fecha.',
      notALead: '{0} no es responsable de gobernanza.',
      submitterVerified: '{0} presentó la clasificación y no puede verificarla.',
      answersChanged: '{0} verificó respuestas anteriores; las respuestas han cambiado desde entonces.',
      notSubmitted: '{0} verificó respuestas que nunca se enviaron desde el registro.'
    },
    AnomaliesHeading: 'Valores guardados que no coinciden con el historial de la ficha',
    AnomalyMarker: 'Anomalía ({0})',
    Anomalies: {
      notSubmitted: 'Las respuestas guardadas no se enviaron desde el registro: la ficha se modificó directamente. Ninguna verificación cuenta hasta que alguien guarde la clasificación.',
      storedHashMismatch: 'La huella guardada no coincide con las respuestas: se modificaron fuera del registro.',
      classifiedByMismatch: '«Clasificado por» nombra a otra persona que la que envió estas respuestas.',
      storedStateMismatch: 'El estado de verificación guardado no coincide con las decisiones: el estado que se muestra aquí es el que establecen las decisiones.'
    },
    Applicability: 'Aplicabilidad',

    Wizard: {
      Title: 'Clasificar {0}',
      StepOf: 'Paso {0} de {1}',
      Back: 'Atrás',
      Next: 'Siguiente',
      SeeResult: 'Ver el resultado',
      Explanation: 'Por qué lo preguntamos',
      Example: 'Ejemplo',
      NoneApply: 'Ninguno de estos',
      Yes: 'Sí',
      No: 'No',
      ResultTitle: 'Resultado',
      TierIs: 'Nivel de riesgo: {0}',
      ObligationsChecklist: 'Lo que la organización debe hacer',
      ApplicabilityTitle: '¿Obliga el Reglamento europeo de IA a la organización?',
      ApplicabilityNotice: 'Según el artículo 2, apartado 4, el Reglamento puede no obligar jurídicamente a una organización internacional. El nivel se determina igual en ambos casos; indique cuál se aplica.',
      ApplicabilityRequired: 'Indique si el Reglamento es jurídicamente aplicable o se sigue de forma voluntaria.',
      SaveClassification: 'Guardar la clasificación',
      Saving: 'Guardando…',
      ResetWarning: 'Guardar respuestas modificadas restablece la verificación: un responsable de gobernanza deberá verificar de nuevo.',
      StepAnnounce: 'Paso {0} de {1}: {2}'
    },
    Steps: {
      role: {
        title: 'Su función',
        question: '¿La organización desarrolla este sistema de IA, lo utiliza, o ambas cosas?',
        explanation: 'Los proveedores (que desarrollan un sistema o lo encargan con su nombre) y los responsables del despliegue (que lo utilizan) tienen obligaciones distintas.',
        example: 'Un chatbot comprado a un proveedor y usado por el personal: responsable del despliegue. Un modelo entrenado internamente y compartido con socios: proveedor.'
      },
      prohibited: {
        title: 'Prácticas prohibidas',
        question: '¿Hace el sistema alguna de estas cosas?',
        explanation: 'El artículo 5 prohíbe estas prácticas sin excepción. Si se aplica alguna, el sistema no debe utilizarse, sea cual sea el resto de respuestas.',
        example: 'Una herramienta que puntúa a los beneficiarios por su comportamiento social y reduce la ayuda a quienes puntúan bajo es puntuación social.'
      },
      productSafety: {
        title: 'Seguridad de los productos',
        question: '¿Es el sistema un componente de seguridad de un producto (por ejemplo, un producto sanitario, un vehículo o una máquina) que necesita un control de seguridad por terceros según la legislación europea de productos?',
        explanation: 'Artículo 6, apartado 1: la IA que garantiza la seguridad de un producto regulado es de alto riesgo.',
        example: 'IA en un ecógrafo de diagnóstico utilizado en una clínica de salud para migrantes.'
      },
      highRiskUses: {
        title: 'Usos sensibles',
        question: '¿Está el sistema destinado a alguno de estos usos?',
        explanation: 'El anexo III enumera usos en los que la IA puede afectar gravemente a los derechos, la seguridad o el sustento de las personas. Marque cada uso que corresponda a la finalidad prevista.',
        example: 'Una herramienta que clasifica los CV de los candidatos es contratación (4 a)). Un modelo que decide quién recibe ayuda en efectivo es prestaciones públicas (5 a)).'
      },
      migration: {
        title: 'Migración, asilo y gestión de fronteras',
        question: '¿Utilizan el sistema autoridades públicas, o se utiliza en su nombre, en migración, asilo o gestión de fronteras para alguno de estos fines?',
        explanation: 'El punto 7 del anexo III abarca estos usos. Son los más importantes para el trabajo de la organización con los gobiernos.',
        example: 'Cada opción tiene su propio ejemplo.'
      },
      derogations: {
        title: 'Papel limitado en la decisión',
        question: 'Para los usos sensibles marcados, ¿se limita el sistema a una de estas tareas?',
        explanation: 'Artículo 6, apartado 3: un sistema del anexo III no es de alto riesgo si no influye sustancialmente en las decisiones, por ejemplo porque solo realiza una de estas tareas. Déjelo en blanco si tiene dudas.',
        example: 'Una herramienta que solo ordena las solicitudes recibidas en carpetas por idioma, antes de que un funcionario lea cada una: tarea procedimental limitada.'
      },
      profiling: {
        title: 'Elaboración de perfiles',
        question: '¿Elabora el sistema perfiles de personas, es decir, evalúa o predice aspectos de una persona como su comportamiento, fiabilidad, salud o desplazamientos?',
        explanation: 'La elaboración de perfiles mantiene siempre como de alto riesgo a un sistema del anexo III, aunque su papel sea limitado.',
        example: 'Puntuar la probabilidad de que cada viajero permanezca más tiempo del que permite su visado es elaboración de perfiles.'
      },
      transparency: {
        title: 'Transparencia',
        question: '¿Hace el sistema alguna de estas cosas?',
        explanation: 'El artículo 50 exige informar a las personas cuando tratan con una IA o con contenido creado por una IA, sea cual sea el nivel de riesgo.',
        example: 'Un asistente de chat que responde a las preguntas de los migrantes en un sitio web interactúa con personas.'
      },
      generalPurpose: {
        title: 'Modelo de IA de uso general',
        question: '¿Se basa el sistema en un modelo de IA de uso general (por ejemplo, un gran modelo de lenguaje utilizado para muchas tareas)?',
        explanation: 'Los artículos 53 a 55 añaden obligaciones para los modelos de uso general; como responsable del despliegue, necesita la documentación del proveedor del modelo.',
        example: 'Un asistente de traducción basado en un gran modelo de lenguaje comercial.'
      },
      publicBody: {
        title: 'Servicio público',
        question: '¿Utiliza el sistema un organismo público, o se utiliza para prestar un servicio público?',
        explanation: 'Artículo 27: los organismos públicos y los prestadores de servicios públicos deben evaluar el impacto en los derechos fundamentales antes de usar un sistema de alto riesgo.',
        example: 'Registrar a refugiados para un programa de asistencia gestionado por un gobierno es un servicio público.'
      }
    },
    Roles: {
      provider: 'Lo desarrollamos, o lo encargamos y lo ofrecemos con nuestro nombre (proveedor)',
      deployer: 'Utilizamos un sistema que proporciona otra entidad (responsable del despliegue)',
      both: 'Ambas cosas'
    },
    Practices: {
      manipulation: 'Manipula a las personas con técnicas subliminales o engañosas que alteran su comportamiento y pueden causar un perjuicio considerable',
      exploitingVulnerabilities: 'Aprovecha la vulnerabilidad de las personas (edad, discapacidad, situación social o económica) para alterar su comportamiento y perjudicarlas',
      socialScoring: 'Puntúa a las personas por su comportamiento social o rasgos personales, con un trato perjudicial injustificado o no relacionado',
      crimePredictionByProfiling: 'Predice que una persona cometerá un delito basándose únicamente en perfiles o rasgos de personalidad',
      untargetedFacialScraping: 'Crea bases de datos de reconocimiento facial extrayendo rostros de internet o de cámaras de vigilancia de forma indiscriminada',
      emotionRecognitionWorkEducation: 'Infiere las emociones del personal en el trabajo o del alumnado en la enseñanza (salvo por motivos médicos o de seguridad)',
      biometricCategorisationSensitive: 'Clasifica a las personas por datos biométricos para deducir su raza, opiniones políticas, afiliación sindical, religión u orientación sexual',
      realTimeRemoteBiometricIdLawEnforcement: 'Identifica a personas a distancia y en tiempo real en espacios públicos con fines policiales'
    },
    AnnexUses: {
      '1a': 'Identificación biométrica remota de personas (no la simple confirmación de que alguien es quien dice ser)',
      '1b': 'Categorización biométrica de personas según atributos sensibles o protegidos',
      '1c': 'Reconocimiento de emociones',
      '2': 'Componente de seguridad de infraestructuras críticas (infraestructura digital, tráfico, agua, gas, calefacción, electricidad)',
      '3a': 'Decidir la admisión o asignación en la educación o la formación profesional',
      '3b': 'Evaluar los resultados del aprendizaje',
      '3c': 'Evaluar el nivel educativo que una persona recibirá o al que podrá acceder',
      '3d': 'Vigilar al alumnado para detectar conductas prohibidas durante los exámenes',
      '4a': 'Contratación: orientar anuncios de empleo, cribar o filtrar candidaturas, evaluar candidatos',
      '4b': 'Decisiones de promoción, despido, asignación de tareas, o seguimiento y evaluación del personal',
      '5a': 'Decidir la admisibilidad para prestaciones y servicios de asistencia pública, o concederlos, reducirlos o reclamarlos',
      '5b': 'Calificación crediticia o solvencia de las personas (salvo detección del fraude)',
      '5c': 'Evaluación de riesgos y fijación de precios en seguros de vida y salud',
      '5d': 'Clasificar llamadas de emergencia, enviar servicios de emergencia o realizar el triaje de pacientes urgentes',
      '6a': 'Ámbito policial: evaluar el riesgo de que una persona sea víctima de un delito',
      '6b': 'Ámbito policial: polígrafos o herramientas similares',
      '6c': 'Ámbito policial: evaluar la fiabilidad de las pruebas',
      '6d': 'Ámbito policial: evaluar el riesgo de que una persona delinca o reincida, o sus rasgos de personalidad',
      '6e': 'Ámbito policial: elaborar perfiles de personas al detectar, investigar o enjuiciar delitos',
      '7a': 'Polígrafos o herramientas similares (por ejemplo, detección de mentiras o engaños en entrevistas)',
      '7b': 'Evaluar un riesgo para la seguridad, de migración irregular o para la salud que plantea una persona que entra o ha entrado en un país',
      '7c': 'Ayudar a examinar solicitudes de asilo, visado o permiso de residencia (y las reclamaciones conexas), incluida la fiabilidad de las pruebas',
      '7d': 'Detectar, reconocer o identificar a personas en la gestión de la migración, el asilo o las fronteras (salvo la verificación de documentos de viaje)',
      '8a': 'Ayudar a un tribunal u órgano de resolución de litigios a investigar e interpretar hechos y derecho',
      '8b': 'Influir en el resultado de una elección o referéndum, o en el voto de las personas'
    },
    MigrationExamples: {
      '7a': 'Una herramienta que analiza la voz o el rostro de un solicitante de asilo durante la entrevista para juzgar si dice la verdad.',
      '7b': 'Una herramienta de evaluación de riesgos que señala a viajeros que llegan como probables migrantes irregulares o riesgos sanitarios para un control adicional.',
      '7c': 'Un programa que ordena expedientes de asilo o visado según la probable admisibilidad, o comprueba si los documentos aportados como prueba son coherentes.',
      '7d': 'La comparación facial en un paso fronterizo para encontrar a personas de una lista de vigilancia. (Escanear un pasaporte para comprobar que es auténtico no está incluido.)'
    },
    Derogations: {
      narrowProceduralTask: 'Una tarea procedimental limitada (por ejemplo, ordenar o convertir documentos)',
      improvesCompletedHumanActivity: 'Mejorar el resultado de un trabajo que una persona ya ha terminado (por ejemplo, pulir la redacción de una carta)',
      detectsPatternsWithoutReplacingHumanAssessment: 'Detectar patrones o desviaciones en decisiones anteriores, sin sustituir ni influir en la evaluación humana',
      preparatoryTask: 'Una tarea preparatoria de una evaluación que luego hace una persona (por ejemplo, traducir documentos antes de que los lea un funcionario)'
    },
    Triggers: {
      interactsWithPersons: 'Interactúa directamente con personas (por ejemplo, un chatbot o un asistente de voz)',
      generatesSyntheticContent: 'Genera texto, imágenes, audio o vídeo',
      emotionRecognitionOrBiometricCategorisation: 'Reconoce emociones o clasifica a personas a partir de datos biométricos',
      deepFake: 'Produce ultrafalsificaciones: imágenes, audio o vídeo realistas de personas, lugares o hechos reales',
      publicInterestText: 'Genera textos que se publican para informar al público sobre asuntos de interés público'
    },
    GroundExplanations: {
      'Art. 6(1)': 'Componente de seguridad de un producto sujeto a la legislación europea de seguridad de los productos y a un control por terceros.',
      'Art. 6(3)': 'El uso enumerado no convierte el sistema en de alto riesgo: su papel es limitado y no elabora perfiles de personas.',
      'Art. 50(1)': 'Hay que informar a las personas de que interactúan con un sistema de IA.',
      'Art. 50(2)': 'El contenido generado por IA debe marcarse como tal, de forma legible por máquina.',
      'Art. 50(3)': 'Hay que informar a las personas expuestas al reconocimiento de emociones o a la categorización biométrica.',
      'Art. 50(4)': 'Deben revelarse las ultrafalsificaciones y los textos generados por IA que informan al público.'
    },
    Obligations: {
      aiLiteracy: 'Formar en alfabetización en IA al personal que maneja o utiliza el sistema',
      discontinue: 'Dejar de usar el sistema, o no empezar: la práctica está prohibida',
      documentNonHighRiskAssessment: 'Documentar por qué el uso enumerado no es de alto riesgo y registrar el sistema antes de ofrecerlo',
      riskManagement: 'Aplicar un sistema de gestión de riesgos durante todo el ciclo de vida',
      dataGovernance: 'Aplicar gobernanza de datos a los datos de entrenamiento, validación y prueba',
      technicalDocumentation: 'Elaborar y conservar la documentación técnica',
      recordKeeping: 'Incorporar el registro automático de eventos',
      transparencyToDeployers: 'Dar a los usuarios instrucciones de uso',
      humanOversightDesign: 'Diseñar el sistema para que las personas puedan supervisarlo eficazmente',
      accuracyRobustness: 'Garantizar precisión, solidez y ciberseguridad',
      qualityManagement: 'Implantar un sistema de gestión de la calidad',
      conformityAssessment: 'Superar la evaluación de la conformidad antes del uso',
      registration: 'Registrar el sistema en la base de datos de la UE',
      postMarketMonitoring: 'Vigilar el sistema tras su comercialización y notificar los incidentes graves',
      humanOversight: 'Encomendar la supervisión humana a personas formadas con autoridad para actuar',
      inputData: 'Asegurarse de que los datos de entrada bajo su control son pertinentes y representativos',
      monitorAndReport: 'Vigilar el funcionamiento, informar al proveedor de los riesgos y notificar los incidentes graves',
      logs: 'Conservar los registros del sistema durante al menos seis meses',
      informAffectedPersons: 'Informar a las personas sobre las que el sistema decide',
      fria: 'Realizar una evaluación de impacto en los derechos fundamentales antes del primer uso',
      discloseAIInteraction: 'Informar a las personas de que interactúan con una IA',
      markSyntheticContent: 'Marcar el contenido generado como generado por IA',
      informExposedPersons: 'Informar a las personas expuestas al reconocimiento de emociones o a la categorización biométrica',
      discloseDeepFake: 'Revelar que imágenes, audio o vídeo han sido generados o manipulados por IA',
      disclosePublicInterestText: 'Revelar los textos de interés público generados por IA (salvo que una persona los revise y asuma la responsabilidad editorial)',
      gpaiTechnicalDocumentation: 'Conservar la documentación técnica del modelo de uso general',
      gpaiDownstreamInformation: 'Informar sobre el modelo a los proveedores posteriores',
      gpaiModelProviderInfo: 'Obtener y conservar la documentación del proveedor del modelo',
      gpaiCopyrightPolicy: 'Tener una política de respeto de los derechos de autor de la UE',
      gpaiTrainingContentSummary: 'Publicar un resumen del contenido de entrenamiento'
    },
    ReviewReasons: {
      derogationApplied: 'Una excepción por papel limitado ha rebajado el nivel: un responsable debe confirmarla.',
      derogationWithoutAnnexIIIUse: 'Hay una excepción por papel limitado marcada sin ningún uso sensible.',
      deepFakeWithoutSyntheticContent: 'Las ultrafalsificaciones están marcadas, pero la generación de contenido no.',
      publicInterestTextWithoutSyntheticContent: 'Los textos de interés público están marcados, pero la generación de contenido no.',
      biometricUseWithoutTransparencyTrigger: 'Hay un uso emocional o biométrico marcado, pero no la respuesta de transparencia correspondiente.',
      duplicateEntries: 'Las respuestas guardadas repiten una entrada: pueden estar dañadas.'
    },
    Csv: {
      id: 'ID', title: 'Sistema de IA', vendor: 'Proveedor', systemType: 'Tipo de sistema', department: 'Departamento', lifecycle: 'Ciclo de vida',
      approvalStatus: 'Estado de aprobación', businessOwner: 'Responsable de negocio', technicalOwner: 'Responsable técnico', riskTier: 'Nivel de riesgo',
      grounds: 'Fundamentos', obligations: 'Obligaciones', needsReview: 'Requiere revisión', applicabilityBasis: 'Aplicabilidad',
      verificationState: 'Verificación', verifiedBy: 'Verificado por', verifiedOn: 'Verificado el', submittedBy: 'Clasificación presentada por',
      nextReviewDate: 'Próxima revisión', linkedDatasets: 'Conjuntos de datos utilizados', fileName: 'registro-ia'
    }
  };
});
