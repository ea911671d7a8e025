export { NewApplicationPage } from './components/new-application-page';
export { ReviseApplicationPage } from './components/revise-application-page';
