/**
 * Every request of the Data Inventory's first screen, SharePoint and Graph, made as the container makes them on
 * first render (DataInventory.tsx and its hooks, wired as on the workbench page): the first page with its derived
 * ownership, the missions, the health settings (label mapping), "Check labels" permission, the label colours
 * (Graph catalogue), then one persona per owner and custodian cell: profiles and photos through Graph $batch.
 */
import type { PersonRef } from '../src/core/models/common';
import { DirectoryPeople } from '../src/data/people/directoryPeople';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';
import { createNodeGraphRequester } from '../src/graph/client/createNodeGraph';
import { PeopleService } from '../src/graph/people/PeopleService';
import { InventoryService } from '../src/webparts/dataInventory/services/InventoryService';
import { LabelCheckRunner } from '../src/webparts/dataInventory/services/LabelCheckRunner';
import type { EmulatorHandle } from '../workbench/emulator';
import { mountGraphEmulator } from '../workbench/graph';
import type { Row } from './measure';

/** `spRequests` counts the emulator's log lines (Graph's mount logs there too, hence the `sp` filter). */
export async function benchFirstScreen(emulator: EmulatorHandle, user: string, spRequests: () => number, row: Row): Promise<void> {
  const graph = mountGraphEmulator(emulator);
  const sp = createNodeSp(emulator.siteUrl, { user });
  // Built as the workbench page builds the mount (workbench/page/app/main.tsx): fresh services, empty caches.
  const people = new DirectoryPeople(sp, new PeopleService(createNodeGraphRequester(graph.baseUrl, { user })));
  const service = new InventoryService(createRepositories(sp), people);
  const labelCheck = new LabelCheckRunner(sp, createRepositories(sp), createNodeGraphRequester(graph.baseUrl, { user }));
  graph.faults.clear();
  const spBefore = spRequests();

  // The container's effects, all started on mount.
  const [page] = await Promise.all([
    service.page({ filters: {}, pageSize: 50 }),
    service.missions(),
    service.healthSettings(),
    labelCheck.canRun(),
    labelCheck.labelColours().catch(() => undefined)
  ]);
  // The grid's owner and custodian personas: profiles (batched within 15 ms), then the photos of those found.
  const persons = page.items.flatMap((a) => [a.owner, a.custodian]).filter((p): p is PersonRef => p !== undefined && p.title.trim() !== '');
  const profiles = await Promise.all(persons.map((p) => people.profileOf(p)));
  await Promise.all(profiles.filter((p) => p !== undefined).map((p) => people.photoOf(p.directoryId)));

  const spCount = spRequests() - spBefore;
  const log = graph.faults.served.log;
  const graphHttp = log.filter((line) => !line.startsWith('batch: ')).length;
  const graphParts = log.length - graphHttp;
  row(`inventory first screen: SharePoint requests (${page.items.length} rows, ${persons.length} personas)`, `${spCount}`);
  row('inventory first screen: Graph requests', `${graphHttp} HTTP (${graph.faults.served.batches} $batch carrying ${graphParts} parts)`);
  row('inventory first screen: total HTTP requests', `${spCount + graphHttp}`);
}
