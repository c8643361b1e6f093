export * from './demo-data.js';
export * from './loader.js';
