export * from './entities';
export * from './infrastructure';
export * from './core.module';
export * from './fail-fast';
export * from './first-start';
export * from './stop-on-signals';
