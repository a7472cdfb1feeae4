define([], function () {
  return {
    PropertyPaneDescription: 'Inventaire des données : jeux de données avec leur propriétaire, dépositaire, emplacement et sensibilité.',
    DefaultFiltersGroupName: 'Filtres par défaut',
    DefaultFilterDescription: 'Utilisez les noms exacts de la liste des missions. Les lecteurs peuvent toujours modifier les filtres.',
    DefaultRegionLabel: 'Région',
    DefaultMissionLabel: 'Mission',
    DefaultDepartmentLabel: 'Département',
    DisplayGroupName: 'Affichage',
    PageSizeLabel: 'Enregistrements par page',
    ColumnsGroupName: 'Colonnes affichées'
  };
});
