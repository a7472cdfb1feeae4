// Fails loudly when an npm script runs on a Node other than 22: SPFx 1.23 needs 22.14+ and node:sqlite needs 22.5+.
// The project pins Node 22 through the `node` devDependency, which npm puts first on PATH for every script.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  console.error(
    `\nThis project needs Node 22, but this script runs on Node ${process.versions.node}.\n` +
      'Run `npm ci` (the `node` devDependency installs Node 22 into node_modules/.bin) and start scripts with `npm run ...`.\n'
  );
  process.exit(1);
}
