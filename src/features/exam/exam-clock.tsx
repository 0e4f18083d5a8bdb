import { useEffect, useRef, useState } from 'react';
import {
  formatClock,
  remainingMs,
  timeStageAt,
  type TimeStage,
} from '../../domain/exam/exam-timing';

type Props = Readonly<{
  /** ms epoch. */
  deadline: number;
  /** Called once, when the deadline is reached (at once if it already passed). */
  onTimeUp: () => void;
}>;

const announcements: Record<TimeStage, string> = {
  plenty: '',
  'ten-minutes': 'Warning: 10 minutes or less left.',
  'one-minute': 'Warning: 1 minute or less left. The exam is submitted automatically at 0:00.',
  'time-up': 'Time is up. Submitting your exam.',
};

/**
 * The visible clock, counting down to the deadline. It re-reads the real time every second
 * (a tab that slept catches up at once). Screen readers hear only the warnings — politely at
 * 10 minutes, assertively at 1 minute and at 0 — never the ticks. The live regions start
 * empty and fill from the first tick, so a warning already due on resume is announced too.
 */
export function ExamClock({ deadline, onTimeUp }: Props) {
  const [clock, setClock] = useState(() => ({ now: Date.now(), ticked: false }));
  const stage = timeStageAt(deadline, clock.now);
  const timeUpSent = useRef(false);

  useEffect(() => {
    const tick = () => setClock({ now: Date.now(), ticked: true });
    const timer = window.setInterval(tick, 1000);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, []);

  useEffect(() => {
    if (stage === 'time-up' && !timeUpSent.current) {
      timeUpSent.current = true;
      onTimeUp();
    }
  }, [stage, onTimeUp]);

  const message = clock.ticked ? announcements[stage] : '';
  const urgent = stage === 'one-minute' || stage === 'time-up';
  return (
    <div className={`exam-clock exam-clock-${stage}`}>
      <p className="exam-clock-face">
        <span>Time left</span>{' '}
        <span role="timer" className="exam-clock-time">
          {formatClock(remainingMs(deadline, clock.now))}
        </span>
      </p>
      {stage === 'ten-minutes' || stage === 'one-minute' ? (
        <p className="exam-clock-warning">
          {stage === 'ten-minutes' ? 'Under 10 minutes left' : 'Under 1 minute left'}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {urgent ? '' : message}
      </p>
      <p className="visually-hidden" role="alert">
        {urgent ? message : ''}
      </p>
    </div>
  );
}
