export const WEB_CONFIG = Symbol('WEB_CONFIG');
export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
export const WEB_STATIC_OPTIONS = Symbol('WEB_STATIC_OPTIONS');
