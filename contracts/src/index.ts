export * from './common/errors.js';
export * from './common/primitives.js';
export * from './auth/auth.schema.js';
export * from './users/users.schema.js';
export * from './units/units.schema.js';
export * from './health.schema.js';
export * from './questions/areas.js';
export * from './questions/questions.schema.js';
