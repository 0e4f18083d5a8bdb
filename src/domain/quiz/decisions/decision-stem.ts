/** The words of a decision question: the situation, the stated constraints and the question. */
import type { DecisionModel } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { describePick } from '../text';
import type { DecisionCase } from './decision-cases';

const openQuestions = [
  'Which solution will meet these requirements?',
  'Which approach meets these requirements?',
  'What should the team do to meet these requirements?',
] as const;

const slotPattern = /\{(\w+)\}/g;

/** Slot values are written as they read mid-sentence ("a retailer"); a sentence starts upper case. */
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Fills every `{slot}` with one value per slot, drawn once for the whole stem. */
export function fillSlots(
  texts: readonly string[],
  slots: DecisionModel['slots'],
  rng: Rng,
): string[] {
  const chosen = new Map<string, string>();
  const valueOf = (name: string): string => {
    let value = chosen.get(name);
    if (value === undefined) {
      const values = slots[name];
      value = values === undefined || values.length === 0 ? `{${name}}` : rng.pick(values);
      chosen.set(name, value);
    }
    return value;
  };
  return texts.map((t) => t.replace(slotPattern, (_, name: string) => valueOf(name)));
}

/**
 * A stem: a setting, the case's requirements in random order, then the question (the
 * qualifier's, "Choose two" for several winners, or a plain one).
 */
export function writeDecisionStem(model: DecisionModel, c: DecisionCase, rng: Rng): string {
  const setting = rng.pick(model.settings);
  const constraints = rng.shuffle(c.requirements).map((r) => r.text);
  const [opening = '', ...sentences] = fillSlots([setting, ...constraints], model.slots, rng).map(
    capitalize,
  );
  const question =
    c.qualifier !== undefined
      ? c.qualifier.ask
      : c.winners.length > 1
        ? `Which solutions will meet these requirements? ${describePick(c.winners.length)}`
        : rng.pick(openQuestions);
  // one stated constraint is "this requirement", as an item writer would put it
  const asked =
    c.requirements.length === 1
      ? question.replace(/these requirements/g, 'this requirement')
      : question;
  return [opening, ...sentences, asked].join(' ');
}
