export * from './seed-demo';
export { DEMO_GROUP } from './data';
