/** Title templates per domain, so demo records read like a real inventory. `{m}` is the mission name. */
export const TITLE_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  'Displacement tracking': ['DTM baseline assessment - {m}', 'Site and location assessment - {m}', 'Flow monitoring survey - {m}', 'Mobility tracking dataset - {m}'],
  'Migrant protection and assistance': ['Assistance case registry - {m}', 'Vulnerability screening records - {m}', 'Protection monitoring dataset - {m}'],
  'Counter-trafficking': ['Victims of trafficking case files - {m}', 'Counter-trafficking referral log - {m}'],
  'Migration health assessments': ['Health assessment results - {m}', 'TB screening register - {m}', 'Vaccination records - {m}'],
  'Resettlement and movement': ['Resettlement case tracker - {m}', 'Movement manifests - {m}', 'Pre-departure orientation attendance - {m}'],
  'Border and identity management': ['Border crossing statistics - {m}', 'Identity document verification log - {m}'],
  'Labour mobility': ['Labour migration survey - {m}', 'Employer engagement register - {m}'],
  'Camp coordination and shelter': ['Shelter distribution records - {m}', 'Camp population figures - {m}'],
  'Cash-based interventions': ['Cash transfer beneficiary list - {m}', 'Cash distribution reconciliation - {m}'],
  'Return and reintegration': ['Reintegration assistance tracker - {m}', 'Returnee monitoring survey - {m}'],
  'Diaspora engagement': ['Diaspora mapping study - {m}', 'Diaspora contacts directory - {m}'],
  'Programme and project management': ['Project portfolio dashboard - {m}', 'Donor reporting workbook - {m}'],
  Finance: ['Budget monitoring workbook - {m}', 'Vendor payments ledger - {m}'],
  'Human resources': ['Staff contracts register - {m}', 'Training attendance records - {m}'],
  Procurement: ['Procurement plan - {m}', 'Supplier evaluation records - {m}'],
  'Information technology': ['Asset management database - {m}', 'User access review log - {m}'],
  Communications: ['Media monitoring archive - {m}', 'Photo library - {m}'],
  'Research and evidence': ['Household survey microdata - {m}', 'Research interview transcripts - {m}']
};
