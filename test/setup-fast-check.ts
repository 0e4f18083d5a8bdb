import fc from 'fast-check';

/*
 * Property tests explore new random inputs on every local run. In CI (and whenever FC_SEED is
 * set) the seed is fixed so a run can be repeated exactly; a failure prints its seed either way.
 */
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261126' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
