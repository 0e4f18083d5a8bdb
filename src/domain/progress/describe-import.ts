import type { CardState } from '../srs/card-state';
import type { Progress, Settings } from './progress';

export type SettingChange = Readonly<
  {
    [K in keyof Settings]: Readonly<{ key: K; from: Settings[K]; to: Settings[K] }>;
  }[keyof Settings]
>;

/** What importing would change; an import replaces the current progress as a whole. */
export type ImportChanges = Readonly<{
  cards: Readonly<{
    /** In the file only: their progress appears. */
    added: number;
    /** In both, with different scheduling: the file's state wins. */
    updated: number;
    /** Only on this device: their progress is lost. */
    removed: number;
    unchanged: number;
  }>;
  /** Answers on record (sum of per-day counts), before and after. */
  answers: Readonly<{ current: number; incoming: number }>;
  attempts: Readonly<{ added: number; removed: number; kept: number }>;
  settings: readonly SettingChange[];
  activeExam: 'none' | 'unchanged' | 'added' | 'replaced' | 'removed';
  /** Nothing at all would change. */
  identical: boolean;
}>;

const SETTING_KEYS = [
  'targetExam',
  'desiredRetention',
  'newCardsPerDay',
  'theme',
] as const satisfies readonly (keyof Settings)[];

/** Compares current progress with an imported one, for the confirmation before applying. */
export function describeImport(current: Progress, incoming: Progress): ImportChanges {
  const cards = compareCards(current.cards, incoming.cards);
  const currentIds = new Set(current.attempts.map((a) => a.id));
  const incomingIds = new Set(incoming.attempts.map((a) => a.id));
  const kept = [...incomingIds].filter((id) => currentIds.has(id)).length;
  const attempts = { added: incomingIds.size - kept, removed: currentIds.size - kept, kept };
  const settings = SETTING_KEYS.flatMap((key) =>
    settingChange(key, current.settings, incoming.settings),
  );
  const activeExam = compareExam(current.activeExam, incoming.activeExam);
  const answers = { current: countAnswers(current), incoming: countAnswers(incoming) };
  const identical =
    cards.added +
      cards.updated +
      cards.removed +
      attempts.added +
      attempts.removed +
      settings.length ===
      0 &&
    (activeExam === 'none' || activeExam === 'unchanged') &&
    answers.current === answers.incoming;
  return { cards, answers, attempts, settings, activeExam, identical };
}

function compareCards(
  current: Readonly<Record<string, CardState>>,
  incoming: Readonly<Record<string, CardState>>,
): ImportChanges['cards'] {
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const [cardId, card] of Object.entries(incoming)) {
    const mine = current[cardId];
    if (mine === undefined) added++;
    else if (sameCard(mine, card)) unchanged++;
    else updated++;
  }
  const removed = Object.keys(current).filter((cardId) => incoming[cardId] === undefined).length;
  return { added, updated, removed, unchanged };
}

function sameCard(a: CardState, b: CardState): boolean {
  return (Object.keys(a) as (keyof CardState)[]).every((key) => a[key] === b[key]);
}

function settingChange<K extends keyof Settings>(
  key: K,
  from: Settings,
  to: Settings,
): SettingChange[] {
  return from[key] === to[key] ? [] : [{ key, from: from[key], to: to[key] } as SettingChange];
}

function compareExam(
  current: Progress['activeExam'],
  incoming: Progress['activeExam'],
): ImportChanges['activeExam'] {
  if (current === null) return incoming === null ? 'none' : 'added';
  if (incoming === null) return 'removed';
  return JSON.stringify(current) === JSON.stringify(incoming) ? 'unchanged' : 'replaced';
}

function countAnswers(progress: Progress): number {
  return Object.values(progress.reviewLog.days).reduce((sum, day) => sum + day.answers, 0);
}
