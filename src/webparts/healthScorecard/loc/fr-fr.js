define([], function () {
  return {
    PropertyPaneDescription: 'Tableau de bord de la santé des données : maturité de la gouvernance et déploiement de l’inventaire en un coup d’œil.',
    ScopeGroupName: 'Périmètre',
    ScopeKindLabel: 'Afficher',
    ScopeKindOrganisation: 'Toute l’organisation',
    ScopeKindRegion: 'Une région',
    ScopeKindMission: 'Une mission',
    ScopeValueLabel: 'Nom de la région ou de la mission',
    ScopeValueDescription: 'Utilisez le nom exact de la liste des missions.',
    TilesGroupName: 'Tuiles affichées'
  };
});
