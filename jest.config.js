/** One Jest run for the whole workspace: unit specs next to the code, integration and e2e under test/. */
const swcConfig = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.exclude;

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/scripts'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
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
  testTimeout: 60000,
};
