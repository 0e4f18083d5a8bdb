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
  | 'orchestration';

/** Where a claim comes from: a section of the study document or an AWS docs page. */
export type Source =
  | Readonly<{ kind: 'seed'; section: SeedSection }>
  | Readonly<{ kind: 'aws-docs'; url: string; checked: string }>;

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

/** Where current AWS documentation refines or contradicts the document. */
export type FactCheck = Readonly<{
  /** What the AWS documentation says today, in one or two sentences. */
  says: string;
  source: Readonly<{ kind: 'aws-docs'; url: string; checked: string }>;
  /** When older exam questions may still expect the document's figure. */
  examNote?: string;
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
  /** The true claim, as a full sentence. */
  statement: string;
  source: Source;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
  /** Plausible, false statements written by hand; used as distractors and for true/false. */
  misconceptions: readonly string[];
  factCheck?: FactCheck;
  /** Content that goes beyond the study document (always with an aws-docs source). */
  beyondSeed?: true;
}>;

/**
 * A claim. `kind` tells generators what they can ask:
 * - `rule`: a true/false statement;
 * - `limit`: a number with unit (`value`), asked numerically;
 * - `definition`: a term and what it means, asked both ways;
 * - `member`: one item of an enumerated set (e.g. a cold-start mitigation), asked as
 *   "which of these …" with other members of the same set as further correct options.
 */
export type Fact =
  | (FactBase & Readonly<{ kind: 'rule' }>)
  | (FactBase & Readonly<{ kind: 'limit'; value: Quantity; subject: string }>)
  | (FactBase & Readonly<{ kind: 'definition'; term: string; definition: string }>)
  | (FactBase & Readonly<{ kind: 'member'; set: string; label: string }>);

export type FactKind = Fact['kind'];

/**
 * An enumerated set such as "causes of a cold start". Its members are facts of kind
 * `member`; `nonMembers` are plausible labels that do not belong (distractors).
 */
export type FactSet = Readonly<{
  id: string;
  topic: TopicId;
  title: string;
  /** Question phrasing, e.g. "Which of these is a cold-start mitigation?" */
  ask: string;
  nonMembers: readonly string[];
  source: Source;
}>;

/**
 * A table cell. `means` lists canonical values so that generators can tell when two
 * differently worded cells overlap (e.g. "Synchronous or async" overlaps "Synchronous").
 */
export type Cell = Readonly<{ text: string; means: readonly string[] }>;

export type TableColumn = Readonly<{
  key: string;
  label: string;
  /** "What is A of X?", with `{row}` for the row name. */
  ask: string;
  /** "Which X has A = v?", with `{value}` for the cell text. Omit when not askable. */
  which?: string;
}>;

export type TableRow = Readonly<{
  id: string;
  name: string;
  cells: Readonly<Record<string, Cell>>;
  /** Fact-check notes on individual cells, keyed by column key. */
  notes?: Readonly<Record<string, FactCheck>>;
}>;

/** One of the document's tables: each row an entity, each column an attribute. */
export type AttributeTable = Readonly<{
  id: string;
  topic: TopicId;
  title: string;
  source: Source;
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
  condition: string;
  why: string;
  fix: string;
  /** Facts the item rests on. */
  facts: readonly string[];
  source: Source;
  exams: readonly ExamCode[];
  domains: readonly DomainId[];
}>;

/**
 * An exam tip. `text` marks the words a fill-the-blank question hides with
 * `[[answer]]`; `facts` are the facts the tip restates.
 */
export type ExamTip = Readonly<{
  id: string;
  text: string;
  facts: readonly string[];
  source: Source;
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
