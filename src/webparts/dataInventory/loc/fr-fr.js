define([], function () {
  return {
    PropertyPaneDescription: 'Inventaire des données : jeux de données avec leur propriétaire, dépositaire, emplacement et sensibilité.',
    SettingsGroupName: 'Paramètres',
    Title: 'Inventaire des données',
    NotYetAvailable: 'La grille de l\'inventaire ne fait pas encore partie de cette version. Les listes qu\'elle lit sont créées par l\'installation de la suite (voir le README).'
  };
});
