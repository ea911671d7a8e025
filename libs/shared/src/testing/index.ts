// Test helpers of this lib for other libs' specs, tools and bench: import '@beslutskedjan/<lib>/testing'.
export { deciderSpec } from './decider-spec.js';
