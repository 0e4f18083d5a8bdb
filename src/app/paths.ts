/** Every route path of the app, in one place. */
export const paths = {
  home: '/',
  learn: '/learn',
  topic: (topicId: string) => `/learn/${encodeURIComponent(topicId)}`,
  quiz: '/quiz',
  quizForTopic: (topicId: string) => `/quiz?topic=${encodeURIComponent(topicId)}`,
  review: '/review',
  exam: '/exam',
  labs: '/labs',
  esmLab: '/labs/event-source-mapping',
  reviewLab: '/labs/review',
  progress: '/progress',
  settings: '/settings',
} as const;
