/** The privacy register's domain: records of processing (GDPR Art. 30), their validation and the DPIA screening. */
export * from './model';
export * from './screening';
export * from './validation';
export * from './privacyFigures';
export * from './dpiaModel';
export * from './dpiaRules';
