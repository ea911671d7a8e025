export {
  PolicyInForcePage as PolicyInForceRoute,
  PolicyVersionsPage as PolicyVersionsRoute,
  PolicyDiffPage as PolicyDiffRoute,
} from '../../features/policy';
