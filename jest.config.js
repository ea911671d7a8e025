// ESM config (package is "type": "module"). Tests run as CommonJS through @swc/jest;
// NestJS 12 and other dependencies ship ESM only, so node_modules are transformed too
// (all but the one CommonJS package that must stay as it is).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // google-protobuf (under the KurrentDB client) is CommonJS that breaks when transformed; axe-core's
  // UMD bundle relies on sloppy-mode `this`, and playwright-core is large plain CommonJS.
  transformIgnorePatterns: ['/node_modules/(google-protobuf|axe-core|playwright-core)/'],
  // Libs import each other by name: the same mapping as tsconfig.json's `paths`.
  moduleNameMapper: {
    '^@beslutskedjan/([a-z-]+)/testing$': '<rootDir>/libs/$1/src/testing/index.ts',
    '^@beslutskedjan/([a-z-]+)/pure$': '<rootDir>/libs/$1/src/pure.ts',
    '^@beslutskedjan/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'node'],
};
