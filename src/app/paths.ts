/** Every route path of the app, in one place. */
export const paths = {
  home: '/',
  learn: '/learn',
  topic: (topicId: string) => `/learn/${encodeURIComponent(topicId)}`,
  /** The Learn page anchor of a content item a question rests on. */
  learnSource: (topicId: string, source: Readonly<{ kind: string; id: string }>) =>
    `/learn/${encodeURIComponent(topicId)}#${learnAnchor(source)}`,
  quiz: '/quiz',
  quizForTopic: (topicId: string) => `/quiz?topic=${encodeURIComponent(topicId)}`,
  /** Exam-style questions of one exam domain, e.g. `/quiz?exam=DVA-C02&domain=dva-2&style=exam`. */
  quizForDomain: (exam: string, domain: string) =>
    `/quiz?exam=${encodeURIComponent(exam)}&domain=${encodeURIComponent(domain)}&style=exam`,
  review: '/review',
  exam: '/exam',
  examSession: (examId: string) => `/exam/${encodeURIComponent(examId)}`,
  examResult: (examId: string) => `/exam/${encodeURIComponent(examId)}/result`,
  labs: '/labs',
  lab: (slug: string) => `/labs/${encodeURIComponent(slug)}`,
  /** A fact, checklist item or table on a topic page, e.g. `/learn/concurrency#fact-concurrency.formula`. */
  topicAnchor: (topicId: string, anchor: string) =>
    `/learn/${encodeURIComponent(topicId)}#${encodeURIComponent(anchor)}`,
  esmLab: '/labs/event-source-mapping',
  reviewLab: '/labs/review',
  progress: '/progress',
  settings: '/settings',
} as const;

/** Element ids the Learn page gives each kind of content item. */
export function learnAnchor(source: Readonly<{ kind: string; id: string }>): string {
  switch (source.kind) {
    case 'fact':
      return `fact-${source.id}`;
    case 'table-row': {
      const [table = '', row = ''] = source.id.split('#');
      return `row-${table}-${row}`;
    }
    case 'checklist':
      return `check-${source.id}`;
    case 'tip':
      return `tip-${source.id}`;
    case 'set':
      return `set-${source.id}`;
    default:
      return 'main';
  }
}
