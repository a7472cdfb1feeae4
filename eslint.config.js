// ESLint 9 flat config: SPFx's React profile for src/, the same rules for the Node-side workbench and tests.
const spfxReact = require('@microsoft/eslint-config-spfx/lib/flat-profiles/react');

module.exports = [
  {
    ignores: [
      'node_modules/**', 'lib/**', 'lib-commonjs/**', 'lib-dts/**', 'lib-esm/**', 'dist/**', 'temp/**', 'release/**',
      'jest-output/**', '.build/**', '.workbench/**', 'sharepoint/**', '**/*.js', '**/*.cjs', '**/*.mjs', '**/*.d.ts',
      '**/*.generated.ts'
    ]
  },
  ...spfxReact,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { tsconfigRootDir: __dirname } }
  },
  {
    // The workbench page is browser code bundled by esbuild and type-checked by tsconfig.page.json.
    files: ['workbench/page/app/**/*.ts', 'workbench/page/app/**/*.tsx'],
    languageOptions: { parserOptions: { project: './tsconfig.page.json', tsconfigRootDir: __dirname } }
  },
  {
    // The workbench, integration tests and benchmarks are Node code compiled by tsconfig.node.json, not by SPFx.
    files: ['workbench/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'tools/**/*.ts'],
    ignores: ['workbench/page/app/**'],
    languageOptions: { parserOptions: { project: './tsconfig.node.json', tsconfigRootDir: __dirname } },
    rules: {
      // Node's test runner registers suites with describe()/it(), which return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' }] }]
    }
  }
];
