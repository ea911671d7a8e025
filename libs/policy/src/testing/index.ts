// Test helpers of this lib for other libs' specs, tools and bench: import '@beslutskedjan/<lib>/testing'.
export { sampleRules } from './policy-fixtures.js';
