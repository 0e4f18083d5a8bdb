import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';

/** Each page is its own chunk, so `/` loads only what it shows. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/home/home-page')).HomePage }) },
          {
            path: 'learn',
            lazy: async () => ({ Component: (await import('../features/learn/learn-index-page')).LearnIndexPage }),
          },
          {
            path: 'learn/:topicId',
            lazy: async () => ({ Component: (await import('../features/learn/topic-page')).TopicPage }),
          },
          { path: 'quiz', lazy: async () => ({ Component: (await import('../features/placeholder/placeholder-routes')).QuizPlaceholder }) },
          { path: 'review', lazy: async () => ({ Component: (await import('../features/placeholder/placeholder-routes')).ReviewPlaceholder }) },
          { path: 'exam', lazy: async () => ({ Component: (await import('../features/placeholder/placeholder-routes')).ExamPlaceholder }) },
          { path: 'labs', lazy: async () => ({ Component: (await import('../features/placeholder/placeholder-routes')).LabsPlaceholder }) },
          { path: 'progress', lazy: async () => ({ Component: (await import('../features/placeholder/placeholder-routes')).ProgressPlaceholder }) },
          { path: 'settings', lazy: async () => ({ Component: (await import('../features/placeholder/placeholder-routes')).SettingsPlaceholder }) },
          { path: '*', lazy: async () => ({ Component: (await import('../features/not-found/not-found-page')).NotFoundPage }) },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
