define([], function () {
  return {
    DirectoryHeader: 'Personas de su organización',
    SiteUsersHeader: 'Usuarios de este sitio',
    FallbackNoConsent: 'El directorio de la organización no está disponible para esta aplicación (no se ha aprobado el acceso a Microsoft Graph): solo se muestran los usuarios de este sitio.',
    FallbackUnavailable: 'No se pudo acceder al directorio de la organización: solo se muestran los usuarios de este sitio.',
    SearchTooLong: 'Escriba como máximo {0} caracteres para buscar a una persona.',
    Adding: 'Añadiendo a {0} a este sitio…',
    AddFailed: 'No se pudo añadir a {0} a este sitio. Inténtelo de nuevo o elija a otra persona.',
    PersonWithDetails: '{0}, {1}',
    RemovePerson: 'Quitar a {0}'
  };
});
