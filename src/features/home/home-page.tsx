import { startTransition, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { examProfiles } from '../../../content/exams';
import { DomainReadinessView } from '../../components/ui/domain-readiness';
import { PageHeading } from '../../components/ui/page-heading';
import { dayKey, localDayNumber, startOfLocalDay } from '../../domain/srs/day-key';
import { buildQueue } from '../../domain/srs/queue';
import { computeReadiness, computeStreak } from '../../domain/srs/stats';
import { systemClock } from '../../store/app-store';
import { useAppStore } from '../../store/use-app-store';
import type { HomeCatalog } from './home-catalog';
import { Readiness } from './readiness';
import { Welcome } from './welcome';
import './home.css';

/** The catalog, loaded after the first render (see `home-catalog.ts`); null until then. */
function useHomeCatalog(): HomeCatalog | null {
  const [catalog, setCatalog] = useState<HomeCatalog | null>(null);
  useEffect(() => {
    let live = true;
    void import('./home-catalog')
      .then(({ loadHomeCatalog }) => loadHomeCatalog())
      .then((loaded) => {
        // A transition, so that rendering every topic's counts yields to the browser.
        if (live) startTransition(() => setCatalog(loaded));
      });
    return () => {
      live = false;
    };
  }, []);
  return catalog;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function StreakText() {
  const days = useAppStore((state) => state.reviewLog.days);
  const now = systemClock.now();
  const streak = computeStreak(Object.keys(days), dayKey(now, systemClock.utcOffsetMinutes(now)));
  if (streak.days === 0) return <>No streak yet: answer a card to start one</>;
  return (
    <>
      <strong>{plural(streak.days, 'day')}</strong> in a row
      {streak.activeToday ? ', today included' : ': review today to keep it'}
    </>
  );
}

function Today({ catalog }: Readonly<{ catalog: HomeCatalog | null }>) {
  const cards = useAppStore((state) => state.cards);
  const newCardsPerDay = useAppStore((state) => state.settings.newCardsPerDay);
  const now = systemClock.now();
  const offset = systemClock.utcOffsetMinutes(now);
  const queue =
    catalog === null
      ? null
      : buildQueue(
          catalog.cards,
          cards,
          now,
          { newCardsPerDay },
          startOfLocalDay(now, offset),
          localDayNumber(now, offset),
        );
  const due = queue === null ? null : queue.counts.learning + queue.counts.review;
  const fresh = queue === null ? null : queue.counts.new;
  const work = (due ?? 0) + (fresh ?? 0);
  return (
    <section aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      <ul className="home-stats">
        <li>
          <strong>{due ?? '…'}</strong> due now
        </li>
        <li>
          <strong>{fresh ?? '…'}</strong> new left today
        </li>
        <li>
          <StreakText />
        </li>
      </ul>
      <p className="actions">
        {work > 0 ? (
          <Link className="button primary" to={paths.review}>
            Continue: review {plural(work, 'card')}
          </Link>
        ) : (
          <Link className="button primary" to={paths.quiz}>
            Continue with a quiz
          </Link>
        )}
        <Link className="button" to={paths.learn}>
          Read a topic
        </Link>
      </p>
    </section>
  );
}

/**
 * `/`: what is due, the streak, readiness by domain of the target exam and by topic, and the
 * way to continue.
 */
export function HomePage() {
  const hydrated = useAppStore((state) => state.hydrated);
  // Unreadable progress shows default settings: the learner may well have chosen an exam.
  const firstRun = useAppStore(
    (state) =>
      state.hydrated && state.storageStatus !== 'unreadable' && state.settings.targetExam === null,
  );
  const catalog = useHomeCatalog();
  const cards = useAppStore((state) => state.cards);
  const target = useAppStore((state) => state.settings.targetExam);
  const profile = examProfiles.find((p) => p.code === target);
  return (
    <section className="page home">
      <PageHeading title="Home">Warmstart</PageHeading>
      <p className="lead">
        Master AWS Lambda for the DVA-C02 and SAP-C02 exams. Everything stays on this device and
        works offline.
      </p>
      {firstRun ? <Welcome /> : null}
      {hydrated ? (
        <>
          <Today catalog={catalog} />
          {profile !== undefined && catalog !== null ? (
            <DomainReadinessView
              profile={profile}
              catalog={catalog.cards}
              cards={cards}
              now={systemClock.now()}
            />
          ) : null}
          <Readiness
            readiness={catalog ? computeReadiness(catalog.cards, cards, systemClock.now()) : null}
            titles={catalog?.titles ?? null}
          />
        </>
      ) : (
        <p className="loading">Loading your progress…</p>
      )}
    </section>
  );
}
