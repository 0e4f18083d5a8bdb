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
  lab: (slug: string) => `/labs/${encodeURIComponent(slug)}`,
  /** A fact, checklist item or table on a topic page, e.g. `/learn/concurrency#fact-concurrency.formula`. */
  topicAnchor: (topicId: string, anchor: string) =>
    `/learn/${encodeURIComponent(topicId)}#${encodeURIComponent(anchor)}`,
  progress: '/progress',
  settings: '/settings',
} as const;
