import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout';

/*
 * Declarative routes with React.lazy: each page is its own chunk, so `/` loads only what it
 * shows. (The data-router API would add about 16 KB gzip to the first load for features
 * this app does not use.)
 */
const HomePage = lazy(() =>
  import('../features/home/home-page').then((m) => ({ default: m.HomePage })),
);
const LearnIndexPage = lazy(() =>
  import('../features/learn/learn-index-page').then((m) => ({ default: m.LearnIndexPage })),
);
const TopicPage = lazy(() =>
  import('../features/learn/topic-page').then((m) => ({ default: m.TopicPage })),
);
const placeholders = () => import('../features/placeholder/placeholder-routes');
const QuizPage = lazy(() => placeholders().then((m) => ({ default: m.QuizPlaceholder })));
const ReviewPage = lazy(() => placeholders().then((m) => ({ default: m.ReviewPlaceholder })));
const ExamPage = lazy(() => placeholders().then((m) => ({ default: m.ExamPlaceholder })));
const LabsPage = lazy(() => placeholders().then((m) => ({ default: m.LabsPlaceholder })));
const EsmLabPage = lazy(() =>
  import('../features/labs-esm/esm-lab-page').then((m) => ({ default: m.EsmLabPage })),
);
const ReviewLabPage = lazy(() =>
  import('../features/labs-review/review-lab-page').then((m) => ({ default: m.ReviewLabPage })),
);
const ProgressPage = lazy(() => placeholders().then((m) => ({ default: m.ProgressPlaceholder })));
const SettingsPage = lazy(() => placeholders().then((m) => ({ default: m.SettingsPlaceholder })));
const NotFoundPage = lazy(() =>
  import('../features/not-found/not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="learn" element={<LearnIndexPage />} />
        <Route path="learn/:topicId" element={<TopicPage />} />
        <Route path="quiz" element={<QuizPage />} />
        <Route path="review" element={<ReviewPage />} />
        <Route path="exam" element={<ExamPage />} />
        <Route path="labs" element={<LabsPage />} />
        <Route path="labs/event-source-mapping" element={<EsmLabPage />} />
        <Route path="labs/review" element={<ReviewLabPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
