// ESLint 9 flat config: SPFx's React profile for src/, the same rules for the Node-side workbench and tests.
const spfxReact = require('@microsoft/eslint-config-spfx/lib/flat-profiles/react');

module.exports = [
  {
    ignores: [
      'node_modules/**', 'lib/**', 'lib-commonjs/**', 'lib-dts/**', 'lib-esm/**', 'dist/**', 'temp/**', 'release/**',
      'jest-output/**', '.build/**', '.workbench/**', 'sharepoint/**', '**/*.js', '**/*.cjs', '**/*.mjs', '**/*.d.ts'
    ]
  },
  ...spfxReact,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { tsconfigRootDir: __dirname } }
  },
  {
    // The workbench and integration tests are Node code compiled by tsconfig.node.json, not by the SPFx build.
    files: ['workbench/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.node.json', tsconfigRootDir: __dirname } },
    rules: {
      // Node's test runner registers suites with describe()/it(), which return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' }] }]
    }
  }
];
