/**
 * The scheduler, with ts-fsrs, loads on the first recorded answer rather than on the first
 * load of `/`, which only reads card states.
 */
export const loadScheduler = () => import('../domain/srs/scheduler');
