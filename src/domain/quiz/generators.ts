/** Every question generator, in the order the bank lists their cards. */
import type { Generator } from './card-plan';
import { checklistFixGenerator, checklistImpactGenerator } from './generators/checklist-scenario';
import { definitionTermGenerator } from './generators/definition-match';
import { edgeScenarioGenerator } from './generators/edge-scenario';
import { factChoiceGenerator } from './generators/fact-choice';
import { limitValueGenerator } from './generators/limit-value';
import { numericFormulaGenerator } from './generators/numeric-formula';
import { setChoiceGenerator, setMultiGenerator } from './generators/set-response';
import { tableAskGenerator } from './generators/table-ask';
import { tableWhichGenerator } from './generators/table-which';
import { trueFalseGenerator } from './generators/true-false';

export const quizGenerators: readonly Generator[] = [
  tableAskGenerator,
  tableWhichGenerator,
  factChoiceGenerator,
  definitionTermGenerator,
  setChoiceGenerator,
  setMultiGenerator,
  trueFalseGenerator,
  limitValueGenerator,
  numericFormulaGenerator,
  checklistImpactGenerator,
  checklistFixGenerator,
  edgeScenarioGenerator,
];
