/**
 * One Jest run for the whole workspace, in two projects: `server` (unit specs next to the code,
 * integration, e2e and browser suites under test/) and `console` (apps/admin's component specs in
 * jsdom).
 */
const swcConfig = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.exclude;

const server = {
  displayName: 'server',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/scripts'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/admin/'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcConfig, swcrc: false }],
    // `feed` ships ESM only, which Jest on Node 20 cannot require: compile it to CommonJS.
    '/node_modules/feed/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' }, jsc: { target: 'es2023' }, swcrc: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!feed/)'],
  moduleNameMapper: {
    '^@zhanqun/testing$': '<rootDir>/libs/shared/src/testing/index.ts',
    '^@zhanqun/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
  },
  setupFiles: ['reflect-metadata'],
};

const consoleApp = {
  displayName: 'console',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/apps/admin/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        swcrc: false,
        module: { type: 'commonjs' },
        jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
      },
    ],
  },
  moduleNameMapper: { '\\.(css|less)$': '<rootDir>/apps/admin/src/test-support/style-stub.ts' },
  setupFilesAfterEnv: ['<rootDir>/apps/admin/src/test-support/setup.ts'],
};

module.exports = { projects: [server, consoleApp], testTimeout: 60000 };
