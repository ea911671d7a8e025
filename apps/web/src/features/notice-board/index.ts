export { NoticeBoardPage } from './components/notice-board-page';
