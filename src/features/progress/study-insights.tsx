import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import {
  computeActivity,
  computeRetentionByDay,
  HEATMAP_WEEKS,
  RETENTION_DAYS,
} from '../../domain/srs/activity';
import { countCardsByState, findWeakestSubjects } from '../../domain/srs/card-insights';
import { systemClock } from '../../store/app-store';
import { useAppStore } from '../../store/use-app-store';
import { ActivityHeatmap } from './activity-heatmap';
import { CardStateChart } from './card-state-chart';
import type { ProgressCatalog } from './progress-catalog';
import { RetentionChart } from './retention-chart';
import { WeakestSubjects } from './weakest-subjects';
import { examProfiles } from '../../../content/exams';
import { DomainReadinessView } from '../../components/ui/domain-readiness';

/** The catalog, loaded after the first render (see `progress-catalog.ts`); null until then. */
function useProgressCatalog(): ProgressCatalog | null {
  const [catalog, setCatalog] = useState<ProgressCatalog | null>(null);
  useEffect(() => {
    let live = true;
    void import('./progress-catalog').then(({ getProgressCatalog }) => {
      if (live) setCatalog(getProgressCatalog());
    });
    return () => {
      live = false;
    };
  }, []);
  return catalog;
}

const counting = <p className="loading">Counting cards…</p>;

function NoAnswers() {
  return (
    <p>
      No answers yet. <Link to={paths.review}>Review a few cards</Link> to see them here.
    </p>
  );
}

/** Cards by state, retention and activity over time, and the weakest subjects. */
export function StudyInsights() {
  const catalog = useProgressCatalog();
  const cards = useAppStore((s) => s.cards);
  const days = useAppStore((s) => s.reviewLog.days);
  const now = systemClock.now();
  const offset = systemClock.utcOffsetMinutes(now);
  const target = useAppStore((s) => s.settings.targetExam);
  const profile = examProfiles.find((p) => p.code === target);
  const retention = computeRetentionByDay(days, now, offset);
  const heatmap = computeActivity(days, now, offset);
  return (
    <>
      <section aria-labelledby="states-heading">
        <h2 id="states-heading">Cards by state</h2>
        {catalog ? <CardStateChart counts={countCardsByState(catalog.cards, cards)} /> : counting}
      </section>
      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">Retention, last {RETENTION_DAYS} days</h2>
        {retention.share === null ? <NoAnswers /> : <RetentionChart series={retention} />}
      </section>
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">Activity, last {HEATMAP_WEEKS} weeks</h2>
        {heatmap.total === 0 ? <NoAnswers /> : <ActivityHeatmap heatmap={heatmap} />}
      </section>
      {profile !== undefined && catalog ? (
        <DomainReadinessView profile={profile} catalog={catalog.cards} cards={cards} now={now} />
      ) : null}
      <section aria-labelledby="weakest-heading">
        <h2 id="weakest-heading">Weakest facts</h2>
        <p className="help">
          The subjects you forgot most often, then those you are least likely to recall now. Re-read
          them in Learn.
        </p>
        {catalog ? (
          <WeakestSubjects
            weakest={findWeakestSubjects(catalog.cards, cards, now)}
            catalog={catalog}
          />
        ) : (
          counting
        )}
      </section>
    </>
  );
}
