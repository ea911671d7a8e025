export * from './projection.js';
export * from './projection-runner.js';
export * from './checkpoints.js';
export * from './reaction-runner.js';
