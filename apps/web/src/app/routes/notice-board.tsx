import { NoticeBoardPage } from '../../features/notice-board';

export const NoticeBoardRoute = NoticeBoardPage;
