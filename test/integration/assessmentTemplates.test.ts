/**
 * Assessment templates as SharePoint data (issue 18, part 1) over the real data layer (PnPjs against the emulator):
 * the provisioning tool seeds the three built-in templates; a lead's version 2 leaves an assessment started on version
 * 1 answering version 1's questions; a version in use cannot be deleted, only retired; SharePoint refuses a non-lead's
 * edits; a stale ETag meets Conflict.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findVersion, localiseTemplate, recordedVersion, startableVersion, type TemplateVersion } from '../../src/core/assessments';
import { isGovernanceError } from '../../src/core/errors';
import {
  deleteTemplate, publishDraft, readTemplates, retireTemplate, saveDraft, startDraft, type StoredTemplate
} from '../../src/data/assessments/templateStore';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { provisionSite, seedTemplatesOnSite } from '../../tools/provision';
import { startHarness, USERS, type Harness } from './support/harness';

/** The draft with its first question's French text changed and one question added. */
function edited(draft: StoredTemplate, frenchText: string): TemplateVersion {
  const [section] = draft.body.sections;
  const [first, ...rest] = section.questions;
  return {
    ...draft,
    body: {
      ...draft.body,
      sections: [{
        ...section,
        questions: [
          { ...first, text: { ...first.text, fr: frenchText } },
          ...rest,
          { ...first, id: 'processor-contracts', text: { en: 'Processors are bound by a contract.', fr: 'Les sous-traitants sont liés par un contrat.', es: 'Los encargados del tratamiento están vinculados por un contrato.' } }
        ]
      }]
    }
  };
}

describe('assessment templates as SharePoint data', () => {
  let harness: Harness;
  let lead: Repositories;
  let alice: Repositories;

  before(async () => {
    harness = await startHarness();
    lead = createRepositories(harness.sp('lead'), { log: harness.log });
    alice = createRepositories(harness.sp('alice'), { log: harness.log });
  });
  after(() => harness.close());

  it('provisioning creates the list and seeds the three templates (and the DMBOK maturity and information-system ones), published in English, French and Spanish, once', async () => {
    const report = await provisionSite(harness.emulator.siteUrl, 'token-not-checked', USERS.admin.loginName);
    assert.ok(report.actions.some((a) => a.kind === 'createList' && a.list === 'AssessmentTemplates'));
    assert.equal(await seedTemplatesOnSite(harness.emulator.siteUrl, 'token-not-checked', USERS.admin.loginName), 5);
    assert.equal(await seedTemplatesOnSite(harness.emulator.siteUrl, 'token-not-checked', USERS.admin.loginName), 0, 'a second run adds nothing');

    const before = harness.requests.length;
    const templates = await readTemplates(alice);
    assert.equal(harness.requests.slice(before).filter((l) => l.includes('AssessmentTemplates')).length, 1, 'the catalogue is one request');
    assert.deepEqual(templates.map((t) => [t.key, t.version, t.state, t.targetList]), [
      ['data-protection', 1, 'Published', 'dataAssets'],
      ['ai-act-deployer', 1, 'Published', 'aiSystems'],
      ['mission-baseline', 1, 'Published', 'missions'],
      ['dmbok-maturity', 1, 'Published', 'missions'],
      ['information-system', 1, 'Published', 'dataAssets']
    ]);
    const dp = templates[0];
    assert.equal(dp.title.es, 'Control de protección de datos (registro de actividades de tratamiento)');
    assert.equal(dp.body.sections[0].questions.length, 10);
    assert.equal(localiseTemplate(dp, 'fr').template.questions[0].text, 'Le traitement est inscrit au registre des activités de traitement (finalité, catégories, destinataires).');
  });

  it('a lead publishes version 2 while an assessment started on version 1 keeps version 1\'s questions', async () => {
    const asset = await alice.dataAssets.create({ title: 'Beneficiary registry (Chad)' } as never);
    const run = await alice.assessments.create({
      title: 'Data protection check: Beneficiary registry (Chad)', template: 'data-protection', templateVersion: 1,
      targetList: 'dataAssets', targetId: asset.id, status: 'In progress', answers: JSON.stringify({ 'ropa-entry': { value: 'yes' } })
    });

    const draft = await startDraft(lead, await readTemplates(lead), 'data-protection');
    assert.deepEqual([draft.version, draft.state], [2, 'Draft']);
    assert.equal(startableVersion(await readTemplates(alice), 'data-protection')?.version, 1, 'a draft starts nothing');

    const saved = await saveDraft(lead, draft.id, edited(draft, 'Le traitement figure au registre (finalité, catégories, destinataires, durée).'), draft.etag);
    const published = await publishDraft(lead, saved.id, saved, saved.etag);
    assert.equal(published.state, 'Published');

    const templates = await readTemplates(alice);
    const current = startableVersion(templates, 'data-protection')!;
    assert.equal(current.version, 2);
    assert.equal(localiseTemplate(current, 'fr').template.questions[0].text, 'Le traitement figure au registre (finalité, catégories, destinataires, durée).');
    assert.equal(current.body.sections[0].questions.length, 11);

    // The running assessment reads the version it recorded: version 1's ten questions and wording.
    const stored = await alice.assessments.getById(run.id);
    const own = findVersion(templates, stored.template, recordedVersion(stored.templateVersion))!;
    assert.equal(own.version, 1);
    assert.equal(own.state, 'Published');
    const questions = localiseTemplate(own, 'fr').template.questions;
    assert.equal(questions.length, 10);
    assert.equal(questions[0].text, 'Le traitement est inscrit au registre des activités de traitement (finalité, catégories, destinataires).');
    assert.ok(!questions.some((q) => q.id === 'processor-contracts'));

    // Retiring stops new assessments; the run still reads version 1 (and version 2 stays readable).
    await retireTemplate(lead, published.id, published.etag);
    const afterRetire = await readTemplates(alice);
    assert.equal(startableVersion(afterRetire, 'data-protection'), undefined, 'a retired template starts no assessment');
    assert.equal(findVersion(afterRetire, 'data-protection', 1)?.body.sections[0].questions.length, 10);
    assert.equal(findVersion(afterRetire, 'data-protection', 2)?.state, 'Retired');
  });

  it('refuses to delete a version in use (nothing deleted), and deletes an unused draft', async () => {
    const templates = await readTemplates(lead);
    const v1 = findVersion(templates, 'data-protection', 1) as StoredTemplate;
    await assert.rejects(deleteTemplate(lead, v1.id, v1.etag), (error: unknown) => isGovernanceError(error, 'Validation') && error.issues[0].code === 'templateInUse');
    assert.equal((await readTemplates(lead)).filter((t) => t.key === 'data-protection').length, 2, 'both versions are still there');

    const draft = await startDraft(lead, templates, 'mission-baseline');
    assert.equal(draft.version, 2);
    await deleteTemplate(lead, draft.id, draft.etag);
    assert.deepEqual((await readTemplates(lead)).filter((t) => t.key === 'mission-baseline').map((t) => t.version), [1]);
  });

  it('refuses to publish a draft with a missing translation, and changes nothing', async () => {
    const draft = await startDraft(lead, await readTemplates(lead), 'ai-act-deployer');
    const [section] = draft.body.sections;
    const incomplete: TemplateVersion = { ...draft, body: { ...draft.body, sections: [{ ...section, questions: [{ ...section.questions[0], text: { ...section.questions[0].text, es: '' } }, ...section.questions.slice(1)] }] } };
    const saved = await saveDraft(lead, draft.id, incomplete, draft.etag);
    await assert.rejects(publishDraft(lead, saved.id, saved, saved.etag), (error: unknown) =>
      isGovernanceError(error, 'Validation') && error.issues.some((i) => i.code === 'templateTranslationMissing' && i.field === 'sections.0.questions.0.text.es'));
    assert.equal((await readTemplates(lead)).find((t) => t.id === draft.id)?.state, 'Draft');
  });

  it('SharePoint refuses a non-lead\'s edits of the templates', async () => {
    const templates = await readTemplates(alice);
    const draft = templates.find((t) => t.state === 'Draft')!;
    await assert.rejects(saveDraft(alice, draft.id, draft, draft.etag), (error: unknown) => isGovernanceError(error, 'Forbidden'));
    await assert.rejects(startDraft(alice, templates, 'mission-baseline'), (error: unknown) => isGovernanceError(error, 'Forbidden'));
    const published = startableVersion(templates, 'mission-baseline') as StoredTemplate;
    await assert.rejects(alice.assessmentTemplates.update(published.id, { state: 'Retired' }, published.etag), (error: unknown) => isGovernanceError(error, 'Forbidden'));
  });

  it('a save over a version someone saved since meets Conflict (If-Match)', async () => {
    const draft = (await readTemplates(lead)).find((t) => t.state === 'Draft')!;
    const first = await saveDraft(lead, draft.id, { ...draft, title: { ...draft.title, fr: 'Obligations du déployeur (révisées)' } }, draft.etag);
    assert.notEqual(first.etag, draft.etag);
    await assert.rejects(saveDraft(lead, draft.id, { ...draft, title: { ...draft.title, fr: 'Autre titre' } }, draft.etag), (error: unknown) => isGovernanceError(error, 'Conflict'));
    assert.equal((await readTemplates(lead)).find((t) => t.id === draft.id)?.title.fr, 'Obligations du déployeur (révisées)');
  });
});
