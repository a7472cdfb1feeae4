/**
 * Replaces `{0}`, `{1}`... with the arguments; unknown placeholders stay as they are. In core so that pure code
 * (report outlines) fills localised patterns the same way the UI's `format` does.
 */
export function fillPlaceholders(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match: string, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}
