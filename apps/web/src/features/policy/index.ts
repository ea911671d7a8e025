export { PolicyInForcePage } from './components/policy-in-force-page';
export { PolicyVersionsPage } from './components/policy-versions-page';
export { PolicyDiffPage } from './components/policy-diff-page';
