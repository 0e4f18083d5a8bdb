import { lazy } from 'react';
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

const HomePage = lazy(() =>
  import('../features/home/home-page').then((m) => ({ default: m.HomePage })),
);
const LearnIndexPage = lazy(() =>
  import('../features/learn/learn-index-page').then((m) => ({ default: m.LearnIndexPage })),
);
const TopicPage = lazy(() =>
  import('../features/learn/topic-page').then((m) => ({ default: m.TopicPage })),
);
const QuizPage = lazy(
  withQuestionBank(() =>
    import('../features/quiz/quiz-page').then((m) => ({ default: m.QuizPage })),
  ),
);
const ReviewPage = lazy(
  withQuestionBank(() =>
    import('../features/review/review-page').then((m) => ({ default: m.ReviewPage })),
  ),
);
const ExamStartPage = lazy(
  withQuestionBank(() =>
    import('../features/exam/exam-start-page').then((m) => ({ default: m.ExamStartPage })),
  ),
);
const ExamPage = lazy(
  withQuestionBank(() =>
    import('../features/exam/exam-page').then((m) => ({ default: m.ExamPage })),
  ),
);
const ExamResultPage = lazy(
  withQuestionBank(() =>
    import('../features/exam/exam-result-page').then((m) => ({ default: m.ExamResultPage })),
  ),
);
const ProgressPage = lazy(
  withQuestionBank(() =>
    import('../features/progress/progress-page').then((m) => ({ default: m.ProgressPage })),
  ),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const LabsIndexPage = lazy(() =>
  import('../features/labs/labs-index-page').then((m) => ({ default: m.LabsIndexPage })),
);
const ConcurrencyLabPage = lazy(() =>
  import('../features/labs/concurrency/concurrency-page').then((m) => ({
    default: m.ConcurrencyPage,
  })),
);
const ColdStartsLabPage = lazy(() =>
  import('../features/labs/cold-starts/cold-starts-page').then((m) => ({
    default: m.ColdStartsPage,
  })),
);
const EdgeChooserLabPage = lazy(() =>
  import('../features/labs/edge-chooser/edge-chooser-page').then((m) => ({
    default: m.EdgeChooserPage,
  })),
);
const EsmLabPage = lazy(() =>
  import('../features/labs/event-source-mapping/esm-lab-page').then((m) => ({
    default: m.EsmLabPage,
  })),
);
const ReviewLabPage = lazy(() =>
  import('../features/labs/review/review-lab-page').then((m) => ({ default: m.ReviewLabPage })),
);
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
