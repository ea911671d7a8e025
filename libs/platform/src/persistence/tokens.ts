/** Injection tokens of the platform's infrastructure. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const READ_DB = Symbol('READ_DB');
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
