export { NewApplicationPage } from './components/new-application-page';
export { ReviseApplicationPage } from './components/revise-application-page';
export { useGetPolicyOptions, type PolicyOptions } from './api/application-form';
