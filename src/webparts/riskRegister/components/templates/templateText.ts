/** Localised texts of template problems and states, shared by the templates view and its editor. */
import type { TemplateIssue, TemplateLanguage, TemplateState } from '../../../../core/assessments';
import { format, formatNamed } from '../../../../ui/format';

/** The message of a template problem in the user's language ({value}, {languageName} filled in). */
export function templateIssueText(issue: Pick<TemplateIssue, 'code' | 'value' | 'language'>, strings: IRiskRegisterStrings): string {
  const template = strings.TplIssues[issue.code] ?? issue.code;
  return formatNamed(template, { value: issue.value ?? '', languageName: issue.language ? strings.TplLanguageNames[issue.language] : '' });
}

/** Where a problem is ("section 2, question 3"), for the summary above the editor's fields. */
export function templateIssueWhere(issue: TemplateIssue, strings: IRiskRegisterStrings): string | undefined {
  if (issue.section === undefined) return undefined;
  return issue.question === undefined ? format(strings.TplWhereSection, issue.section + 1) : format(strings.TplWhereQuestion, issue.section + 1, issue.question + 1);
}

export function templateStateText(state: TemplateState, strings: IRiskRegisterStrings): string {
  return state === 'Draft' ? strings.TplStateDraft : state === 'Published' ? strings.TplStatePublished : strings.TplStateRetired;
}

export function languageName(language: TemplateLanguage, strings: IRiskRegisterStrings): string {
  return language === 'en' ? strings.TplLangEn : language === 'fr' ? strings.TplLangFr : strings.TplLangEs;
}
