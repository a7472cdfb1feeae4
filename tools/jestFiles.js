// Runs only the Jest files whose path matches the given patterns, over the lib-commonjs that `heft test` (or
// `npm run test:unit`) last compiled: `node tools/jestFiles.js <pattern> [...]` after `npx heft build` or a
// test run. A quick loop while working; `npm test` stays the whole run. (Heft's --test-path-pattern is not
// passed on by the Jest 30 plugin, so it runs every file.)
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { runCLI } = require('@jest/core');

const root = join(__dirname, '..');
// The project's Jest settings (JSON with comments), over the SPFx rig's jsdom defaults.
const project = JSON.parse(readFileSync(join(root, 'config/jest.config.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
const config = {
  rootDir: root,
  roots: ['<rootDir>/lib-commonjs'],
  testMatch: ['<rootDir>/lib-commonjs/**/*.test.js'],
  transformIgnorePatterns: ['[\\/]lib-commonjs[\\/](.*)\\.js$'],
  testEnvironment: 'jest-environment-jsdom',
  testEnvironmentOptions: { customExportConditions: ['require', 'node', 'umd'] },
  moduleFileExtensions: ['cjs', 'js', 'json', 'node', 'css'],
  moduleNameMapper: project.moduleNameMapper,
  setupFiles: project.setupFiles,
  testTimeout: project.testTimeout
};
const patterns = process.argv.slice(2);
if (patterns.length === 0) {
  console.error('usage: node tools/jestFiles.js <path pattern> [...]');
  process.exit(2);
}
runCLI({ _: [], $0: 'jest', config: JSON.stringify(config), testPathPatterns: patterns, watchman: false, ci: true }, [root]).then(
  (result) => process.exit(result.results.success ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
