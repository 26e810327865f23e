/** Whether one word (normalised) is one the lexicon reads: a scenario, unit, scale, sub-group or period word. */
import { barePeriodOf, monthOfBareName } from "./periods";
import { scenarioOf } from "./scenarios";
import { subGroupOfLabel } from "./sub-groups";
import { scaleOf, unitOf } from "./units";

export function isLexiconWord(word: string): boolean {
  return scenarioOf(word) !== null || unitOf(word) !== null || scaleOf(word) !== 1 || subGroupOfLabel(word) !== null || monthOfBareName(word) !== null || barePeriodOf(word) !== null;
}
