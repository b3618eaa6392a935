// One import path for the entity schemas and types.
export * from './common';
export * from './municipality';
export * from './settings';
export * from './call';
export * from './organisation';
export * from './application';
export * from './screening';
export * from './assessment';
export * from './conflict-of-interest';
export * from './meeting';
export * from './decision';
export * from './letter';
export * from './payment';
export * from './report';
export * from './appeal';
export * from './change-log';
export * from './zod-nb';
