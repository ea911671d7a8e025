export { BoardCompositionPage } from './components/board-composition-page';
