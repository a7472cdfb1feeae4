import { startEmulator, type EmulatorHandle } from '../../../workbench/emulator';
import { mountGraphEmulator, type GraphEmulatorHandle } from '../../../workbench/graph';
import { createNodeGraphRequester } from '../../../src/graph/client/createNodeGraph';
import type { GraphRequester } from '../../../src/graph/client/types';

/** Directory people of the Graph tests (site users, so Graph and SharePoint agree). */
export const GRAPH_USERS = [
  { loginName: 'i:0#.f|membership|alice.moreau@governance.test', title: 'Alice Moreau', email: 'alice.moreau@governance.test', jobTitle: 'Data Custodian', department: 'Protection', isSiteAdmin: true },
  { loginName: 'i:0#.f|membership|bob.tan@governance.test', title: 'Bob Tan', email: 'bob.tan@governance.test', jobTitle: 'Information Management Officer', department: 'Operations' },
  { loginName: 'i:0#.f|membership|carla.diaz@governance.test', title: 'Carla "CJ" Diaz', email: 'carla.diaz@governance.test', jobTitle: 'Legal Officer', department: 'Legal Affairs' }
];

export interface GraphHarness {
  readonly emulator: EmulatorHandle;
  readonly graph: GraphEmulatorHandle;
  /** The real Graph client v3, signed in as the first user. */
  readonly requester: GraphRequester;
  close(): Promise<void>;
}

/** An emulator on an ephemeral port with an in-memory database, the Graph emulator mounted on it. */
export async function startGraphHarness(extraUsers = 0): Promise<GraphHarness> {
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
  for (const user of GRAPH_USERS) emulator.store.upsertUser(user);
  for (let i = 0; i < extraUsers; i++) {
    emulator.store.upsertUser({ loginName: `i:0#.f|membership|staff${i}@governance.test`, title: `Staff Member ${i}`, email: `staff${i}@governance.test`, jobTitle: 'Programme Officer', department: 'Programmes' });
  }
  const graph = mountGraphEmulator(emulator);
  return { emulator, graph, requester: createNodeGraphRequester(graph.baseUrl, { user: GRAPH_USERS[0].loginName }), close: () => emulator.close() };
}
