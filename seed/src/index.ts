export * from './demo-data.js';
export * from './loader.js';
export * from './demo-contest.js';
export * from './demo-rosters.js';
