export * from './view-models';
export * from './theme';
export * from './default-theme';
export * from './fixtures';
