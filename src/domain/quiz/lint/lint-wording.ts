/** Wording checks of the bank linter: leftovers of the source material and shorthand. */

/** References to where a text came from, table filler and cell fragments. */
const sourceWording =
  /study (guide|document|notes)|review checklist|from the table|\bN\/A\b|\bthe (document|table|checklist|notes)\b|cheat.?sheet|\(push\)|in this many increments/i;

/** Notation of a cheat sheet rather than a sentence: `=`, arrows, `;`, `+` or `<`/`>` between ideas. */
const shorthand = /[=→;]| \+ | [<>] |->/;

/** A section title pasted into a question: "about Deployment: SAM, CodeDeploy and …". */
const titleAfterAbout = /about [A-Z][\w@ /-]+: [A-Z]/;

/**
 * A reason written for a table or a comparison rather than for one card: it speaks of options
 * or rows the card may not show ("none of these", "both options").
 */
const tableTalk =
  /\b(none of these|all of these|both (options|services|of them)|neither (option|service)|these (sources|tools|options|front doors|three|four)|every front door here|the other (option|row)s?)\b/i;

/** The table wording a reason contains, or undefined. */
export function findTableTalk(text: string): string | undefined {
  return tableTalk.exec(text)?.[0];
}

/** The source wording a text contains, or undefined. */
export function findSourceWording(text: string): string | undefined {
  return sourceWording.exec(text)?.[0];
}

/** The shorthand a text contains, or undefined. */
export function findShorthand(text: string): string | undefined {
  return shorthand.exec(text)?.[0]?.trim();
}

/**
 * The title a text pastes, or undefined: one of `titles` (of three words or more, where a
 * heading cannot pass for ordinary words) or a "about <Title>: <Title>" construction.
 */
export function findPastedTitle(text: string, titles: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const pasted = titles.find((t) => t.split(/\s+/).length >= 3 && lower.includes(t.toLowerCase()));
  return pasted ?? titleAfterAbout.exec(text)?.[0];
}

/** Words too common to give an answer away when a key repeats them (brand prefixes among them). */
const stopWords = new Set(
  'about above after again against also among another answer applies apply because been before being below between both cannot choose correct could does doing down during each either every first following from further have having here into itself just least like made make many more most must need needs next only other over same should since some such than that their them then there these they this those through under until using very want wants what when where which while whose will with within without would your true false statement statements describes describe happens happen option options amazon run runs'.split(
    ' ',
  ),
);

/** Content words of a text, singular and lower case: "Layers are" → ["layer"]. */
export function listContentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z0-9@$.-]*[a-z0-9]/g) ?? [];
  return new Set(
    words
      .map((w) => w.replace(/[.-]+$/, ''))
      .filter((w) => w.length >= 4 && !stopWords.has(w))
      .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
  );
}

/**
 * Words of the stem that a right option repeats and no wrong option does: a cue that gives
 * the key away to someone who only matches words.
 */
export function findEchoedWords(
  stem: string,
  right: readonly string[],
  wrong: readonly string[],
): string[] {
  const inRight = right.map(listContentWords);
  const inWrong = wrong.map(listContentWords);
  return [...listContentWords(stem)].filter(
    (w) => inRight.some((words) => words.has(w)) && !inWrong.some((words) => words.has(w)),
  );
}

/** The number of words in a text. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]|,(?=\p{N}))*/gu)?.length ?? 0;
}
