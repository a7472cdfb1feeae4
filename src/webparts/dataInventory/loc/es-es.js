define([], function () {
  return {
    PropertyPaneDescription: 'Inventario de datos: conjuntos de datos con su propietario, custodio, ubicación y sensibilidad.',
    SettingsGroupName: 'Configuración',
    Title: 'Inventario de datos',
    NotYetAvailable: 'La tabla del inventario aún no forma parte de esta versión. Las listas que lee las crea la instalación de la suite (consulte el README).'
  };
});
