/**
 * The content model. Every claim of the study document is encoded as typed data so
 * that question generators, labs and the configuration reviewer can work on it
 * generically. Nothing here imports from `src/`.
 */

export type ExamCode = 'DVA-C02' | 'SAP-C02';

/** Exam domains, e.g. `dva-1` = DVA-C02 Domain 1 (Development with AWS Services). */
export type DomainId =
  'dva-1' | 'dva-2' | 'dva-3' | 'dva-4' | 'sap-1' | 'sap-2' | 'sap-3' | 'sap-4';

export type TopicId =
  | 'triggers'
  | 'concurrency'
  | 'cold-starts'
  | 'event-source-mappings'
  | 'layers'
  | 'edge'
  | 'destinations'
  | 'key-concepts'
  | 'checklist'
  | 'exam-tips'
  // Topics beyond the study document (`beyondSeed`), every fact sourced from AWS docs.
  | 'limits'
  | 'invocation'
  | 'versions'
  | 'permissions'
  | 'configuration'
  | 'networking'
  | 'observability'
  | 'lifecycle'
  | 'deployment'
  | 'orchestration'
  | 'integration'
  | 'performance'
  | 'packaging'
  | 'api-gateway'
  | 'architecture';

/** A section of the study document. */
export type SeedSection =
  | 'When to Use'
  | '1. Lambda Triggers (Event Sources)'
  | '2. Concurrency Management'
  | '3. Cold Starts'
  | '4. Event Source Mapping Configuration'
  | '5. Lambda Layers'
  | '6. Lambda@Edge and CloudFront Functions'
  | '7. Lambda Destinations'
  | 'Key Concepts'
  | 'Checklist'
  | 'Exam Tips';

/** An AWS documentation page, and the month (YYYY-MM) a claim was last compared with it. */
export type DocRef = Readonly<{ url: string; checked: string }>;

/**
 * A plausible belief that is false, and the specific reason it is false. Misconceptions are the
 * wrong options of a fact's questions, so each is written like the true statement: the same
 * subject and words, the same grammar, about the same length.
 */
export type Misconception = Readonly<{
  text: string;
  /** What is wrong with it, in one or two sentences: what AWS actually does. */
  why: string;
  /** For a limit: the wrong figure the claim states, offered as a wrong value. */
  figure?: Quantity;
}>;

export type Unit = 'ms' | 's' | 'min' | 'h' | 'KB' | 'MB' | 'GB' | 'count' | 'req/s' | 'percent';

/** A number the learner should know: one value, or an inclusive range. */
export type Quantity =
  | Readonly<{ kind: 'exact'; n: number; unit: Unit }>
  | Readonly<{ kind: 'range'; min: number; max: number; unit: Unit }>;

type FactBase = Readonly<{
  /** Stable id, `topic.slug`; never renamed once published (progress is keyed on it). */
  id: string;
  topic: TopicId;
  /** The claim as AWS documentation states it today, as a full sentence. */
  statement: string;
  /** The mechanism: why the statement holds. Shown under the correct option. */
  why: string;
  /** The one thing to carry into the exam, as a sentence. */
  takeaway: string;
  /** The AWS documentation page the statement was checked against. */
  docs: DocRef;
  /** The section of the study document the fact comes from; absent for facts beyond it. */
  seed?: SeedSection;
  /**
   * A short subheading of the topic's Learn page the fact is listed under ("Queues", "Retries
   * and failures"). Learn groups a topic's facts by part, in the order parts first appear. Every
   * plain fact (not a set member) of a topic with more than 18 of them has one, and each part
   * holds at least two facts. Members are listed under their set and have none.
   */
  part?: string;
  /** The study document's claim, where AWS documentation now says otherwise. */
  notesSaid?: string;
  /** Where older exam questions may still expect an outdated answer. */
  examNote?: string;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
  /**
   * The question a choice card asks about the fact: its right answer is `statement`, its wrong
   * answers are the misconceptions. Without it the fact is asked as true or false only.
   */
  ask?: string;
  misconceptions: readonly Misconception[];
}>;

/**
 * A claim. `kind` tells generators what they can ask:
 * - `rule`: a statement, asked as a choice among its misconceptions and as true or false;
 * - `limit`: a documented number with unit (`value`), asked as a choice among wrong figures;
 * - `estimate`: a typical figure AWS does not publish: taught, never asked as a number;
 * - `definition`: a term and what it means, asked both ways;
 * - `member`: one item of an enumerated set (e.g. a cold-start mitigation), asked as
 *   "which of these …" among items that do not belong.
 */
export type Fact =
  | (FactBase & Readonly<{ kind: 'rule' }>)
  | (FactBase & Readonly<{ kind: 'limit'; value: Quantity; subject: string; ask: string }>)
  | (FactBase & Readonly<{ kind: 'estimate'; value: Quantity; subject: string }>)
  | (FactBase & Readonly<{ kind: 'definition'; term: string; definition: string }>)
  | (FactBase & Readonly<{ kind: 'member'; set: string; label: string }>);

export type FactKind = Fact['kind'];

/**
 * An enumerated set such as "causes of a cold start". Its members are facts of kind
 * `member`; `nonMembers` are plausible items that do not belong, each with the reason.
 */
export type FactSet = Readonly<{
  id: string;
  topic: TopicId;
  title: string;
  /** Question phrasing, e.g. "Which of these is a cold-start mitigation?" */
  ask: string;
  /** The same question for several members, e.g. "Which of these reduce cold starts?" */
  askMany?: string;
  nonMembers: readonly Misconception[];
  docs: DocRef;
  seed?: SeedSection;
}>;

/**
 * A table cell. `means` lists canonical values so that generators can tell when two
 * differently worded cells overlap (e.g. "Synchronous or asynchronous" overlaps "Synchronous").
 */
export type Cell = Readonly<{
  text: string;
  means: readonly string[];
  /** Why the row has this value: shown when it is the answer or another row's wrong answer. */
  why: string;
  /** The study document's cell, where AWS documentation now says otherwise. */
  notesSaid?: string;
  /** The page that documents this cell, when it is not the table's. */
  docs?: DocRef;
}>;

export type TableColumn = Readonly<{
  key: string;
  label: string;
  /** "What is A of X?", with `{row}` for the row name. */
  ask: string;
  /** "Which X has A = v?", with `{value}` for the cell text. Omit when not askable. */
  which?: string;
  /** Plausible values that no row has, each with the reason: they fill a card to four options. */
  distractors?: readonly Misconception[];
}>;

export type TableRow = Readonly<{
  id: string;
  name: string;
  /** A row may leave a column out where it does not apply; it is shown as "not applicable". */
  cells: Readonly<Record<string, Cell>>;
}>;

/** One of the document's tables: each row an entity, each column an attribute. */
export type AttributeTable = Readonly<{
  id: string;
  topic: TopicId;
  title: string;
  docs: DocRef;
  seed?: SeedSection;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
  subject: Readonly<{ one: string; many: string }>;
  /** Column that names the row (the first column of the document's table). */
  nameLabel: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /**
   * `transposed`: show attributes as rows and entities as columns, as the document does for
   * tables with few entities and many attributes. `label` heads the first column.
   */
  display?: Readonly<{ kind: 'transposed'; label: string }>;
}>;

export type Severity = 'critical' | 'warning' | 'suggestion';

/** One line of the 🔴/🟡/🟢 review checklist. */
export type ChecklistItem = Readonly<{
  id: string;
  severity: Severity;
  /** The finding, short, as a reviewer names it. */
  condition: string;
  /**
   * The finding as a concrete situation (two or three sentences), for a scenario question: the
   * problem, and what the team wants, with a qualifier where it decides between fixes.
   */
  situation: string;
  /** The impact: what goes wrong and why. */
  why: string;
  /** The one change that removes the cause, as the exam's key option reads. */
  fix: string;
  /**
   * How the fix removes the cause, in one or two sentences: the mechanism, true per AWS
   * documentation. Shown under the fix when it is the answer.
   */
  fixWhy?: string;
  /** Plausible impacts that are not what goes wrong, each with the reason. */
  wrongImpacts: readonly Misconception[];
  /** Plausible changes that do not fix it, each with the reason. */
  wrongFixes: readonly Misconception[];
  /** Facts the item rests on. */
  facts: readonly string[];
  docs: DocRef;
  seed?: SeedSection;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
}>;

/** An exam tip, in plain sentences; `facts` are the facts the tip restates (they are asked). */
export type ExamTip = Readonly<{
  id: string;
  text: string;
  facts: readonly string[];
  seed?: SeedSection;
  /** The study document's tip, where AWS documentation now says otherwise. */
  notesSaid?: string;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
}>;

export type Topic = Readonly<{
  id: TopicId;
  title: string;
  /** One-line summary for the topic list. */
  summary: string;
  section: SeedSection;
  /** Short paragraphs of explanation shown before the facts. */
  intro: readonly string[];
  tables: readonly AttributeTable[];
  facts: readonly Fact[];
  sets: readonly FactSet[];
  checklist: readonly ChecklistItem[];
  tips: readonly ExamTip[];
  /** Decision models whose exam-style questions belong to this topic. */
  decisions?: readonly DecisionModel[];
  beyondSeed?: true;
}>;

export type ExamDomain = Readonly<{ id: DomainId; name: string; weight: number }>;

export type ExamProfile = Readonly<{
  code: ExamCode;
  name: string;
  questions: number;
  scoredQuestions: number;
  minutes: number;
  passingScore: number;
  scaledMin: number;
  scaledMax: number;
  domains: readonly ExamDomain[];
  questionTypes: readonly string[];
  notes: readonly string[];
}>;

/**
 * One solution a decision model chooses among: a whole answer, written as an exam option reads
 * ("Send each event to …"), parallel in length to the model's other options.
 */
export type DecisionOption = Readonly<{
  id: string;
  text: string;
  /** How the solution works: shown under it when it is the answer. */
  why: string;
  /** Facts the solution rests on (ids of `content/` facts). */
  facts: readonly string[];
}>;

/**
 * A constraint a situation can state. Every option either meets it or breaks it for a reason
 * of its own: `meets` lists the first, `breaks` gives the reason of every other option.
 */
export type Requirement = Readonly<{
  id: string;
  /** A short name, quoted in explanations: "order per customer". */
  label: string;
  /** The sentence the stem states; `{slot}`s are filled per variant. */
  text: string;
  meets: readonly string[];
  breaks: Readonly<Record<string, string>>;
  /** What to remember when an exam states this constraint. */
  takeaway: string;
  /** Facts the constraint rests on. */
  facts: readonly string[];
}>;

/**
 * A qualifier decides among options that all meet the stated requirements, as "MOST
 * cost-effective" does on the exams. `rank` orders the options it can compare (1 is best);
 * options left out are never compared on it.
 */
export type Qualifier = Readonly<{
  id: string;
  /** "the least operational overhead" */
  label: string;
  /** The question, with the qualifier in capitals as the exams write it. */
  ask: string;
  rank: Readonly<Record<string, number>>;
  /** For every ranked option but the best: why it does worse on this dimension. */
  worse: Readonly<Record<string, string>>;
  takeaway: string;
}>;

/**
 * A kind of choice the exams test (which event source, which concurrency control, where to run
 * long work …): the options, the constraints that rule them out, and the qualifiers that decide
 * between those left. Exam-style questions are generated from it; the key is computed.
 */
export type DecisionModel = Readonly<{
  id: string;
  topic: TopicId;
  title: string;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
  /** Openings of a stem, one or two sentences each: who runs what. `{slot}`s are filled per variant. */
  settings: readonly string[];
  /** The values each slot takes; every value keeps the same options meeting each requirement. */
  slots: Readonly<Record<string, readonly string[]>>;
  options: readonly DecisionOption[];
  requirements: readonly Requirement[];
  qualifiers: readonly Qualifier[];
  docs: DocRef;
}>;
