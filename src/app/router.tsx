import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout';

/*
 * Declarative routes with React.lazy: each page is its own chunk, so `/` loads only what it
 * shows. (The data-router API would add about 16 KB gzip to the first load for features
 * this app does not use.)
 */

/**
 * Pages that list or generate cards load together with the planned question bank, which
 * is planned in short steps so that no single task blocks the main thread for long.
 */
function withQuestionBank<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    Promise.all([
      load(),
      import('../features/quiz/question-bank-ready').then((m) => m.whenQuestionBankReady()),
    ]).then(([page]) => page);
}

/** A page's chunk as a lazy component: `pick` names the page's export. */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

const HomePage = lazyPage(
  () => import('../features/home/home-page'),
  (m) => m.HomePage,
);
const LearnIndexPage = lazyPage(
  () => import('../features/learn/learn-index-page'),
  (m) => m.LearnIndexPage,
);
const TopicPage = lazyPage(
  () => import('../features/learn/topic-page'),
  (m) => m.TopicPage,
);
const QuizPage = lazyPage(
  withQuestionBank(() => import('../features/quiz/quiz-page')),
  (m) => m.QuizPage,
);
const ReviewPage = lazyPage(
  withQuestionBank(() => import('../features/review/review-page')),
  (m) => m.ReviewPage,
);
const ExamStartPage = lazyPage(
  withQuestionBank(() => import('../features/exam/exam-start-page')),
  (m) => m.ExamStartPage,
);
const ExamPage = lazyPage(
  withQuestionBank(() => import('../features/exam/exam-page')),
  (m) => m.ExamPage,
);
const ExamResultPage = lazyPage(
  withQuestionBank(() => import('../features/exam/exam-result-page')),
  (m) => m.ExamResultPage,
);
const ProgressPage = lazyPage(
  withQuestionBank(() => import('../features/progress/progress-page')),
  (m) => m.ProgressPage,
);
const SettingsPage = lazyPage(
  () => import('../features/settings/settings-page'),
  (m) => m.SettingsPage,
);
const LabsIndexPage = lazyPage(
  () => import('../features/labs/labs-index-page'),
  (m) => m.LabsIndexPage,
);
const ConcurrencyLabPage = lazyPage(
  () => import('../features/labs/concurrency/concurrency-page'),
  (m) => m.ConcurrencyPage,
);
const ColdStartsLabPage = lazyPage(
  () => import('../features/labs/cold-starts/cold-starts-page'),
  (m) => m.ColdStartsPage,
);
const EdgeChooserLabPage = lazyPage(
  () => import('../features/labs/edge-chooser/edge-chooser-page'),
  (m) => m.EdgeChooserPage,
);
const EsmLabPage = lazyPage(
  () => import('../features/labs/event-source-mapping/esm-lab-page'),
  (m) => m.EsmLabPage,
);
const ReviewLabPage = lazyPage(
  () => import('../features/labs/review/review-lab-page'),
  (m) => m.ReviewLabPage,
);
const NotFoundPage = lazyPage(
  () => import('../features/not-found/not-found-page'),
  (m) => m.NotFoundPage,
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
        <Route path="exam" element={<ExamStartPage />} />
        <Route path="exam/:examId" element={<ExamPage />} />
        <Route path="exam/:examId/result" element={<ExamResultPage />} />
        <Route path="labs" element={<LabsIndexPage />} />
        <Route path="labs/concurrency" element={<ConcurrencyLabPage />} />
        <Route path="labs/cold-starts" element={<ColdStartsLabPage />} />
        <Route path="labs/edge-chooser" element={<EdgeChooserLabPage />} />
        <Route path="labs/event-source-mapping" element={<EsmLabPage />} />
        <Route path="labs/review" element={<ReviewLabPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
