/**
 * `npm start` / `npm run workbench:reset`: the workbench on 127.0.0.1 only.
 *   start  serve on PORT (default 4400); seed first when the database is empty.
 *   reset  delete the database, seed it again, and exit.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startWorkbench } from './startWorkbench';

const DB_PATH = join(process.cwd(), '.workbench', 'governance.sqlite');

async function main(command: string): Promise<void> {
  if (command !== 'start' && command !== 'reset') {
    throw new Error(`Unknown command "${command}": use start or reset.`);
  }
  if (command === 'reset' && existsSync(DB_PATH)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(DB_PATH + suffix, { force: true });
  }
  const workbench = await startWorkbench({
    port: command === 'reset' ? 0 : Number(process.env.PORT ?? 4400),
    dbPath: DB_PATH,
    assetCount: Number(process.env.WORKBENCH_ASSETS ?? 3000),
    log: (line) => console.log(line)
  });
  if (command === 'reset') {
    await workbench.close();
    console.log(`Workbench data reset in ${DB_PATH}.`);
    return;
  }
  console.log(`\nWorkbench page:         ${workbench.pageUrl}`);
  console.log(`SharePoint emulator:    ${workbench.emulator.siteUrl}/_api/web`);
  console.log(`Graph emulator:         ${workbench.graph.baseUrl}v1.0/security/dataSecurityAndGovernance/sensitivityLabels`);
  console.log('Press Ctrl+C to stop.');
  const stop = (): void => {
    workbench.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv[2] ?? 'start').catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
