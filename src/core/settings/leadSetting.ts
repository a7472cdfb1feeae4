/** Where a lead-owned GovernanceSettings item stands: missing, written by someone outside the leads, or in force. */
export type LeadSettingState = 'absent' | 'ignored' | 'inForce';

/**
 * A setting that states the leads' policy (risk appetite, maturity targets) counts only when its Editor, set by
 * SharePoint, is a governance lead: a widened permission cannot let anyone else change the policy.
 */
export function leadSettingState(setting: { readonly editor?: { readonly id: number } } | undefined, leadIds: readonly number[]): LeadSettingState {
  if (setting === undefined) return 'absent';
  const editor = setting.editor?.id;
  return editor !== undefined && leadIds.includes(editor) ? 'inForce' : 'ignored';
}
