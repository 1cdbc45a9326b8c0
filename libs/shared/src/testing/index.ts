export * from './test-environment';
export * from './zip-bomb';
