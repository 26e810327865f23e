export type { CrossSectionTable, RegionRow } from "./cross-section-table";
export { readCrossSection, combineMonths } from "./read-cross-section";
export { chooseJobcenter, jobcenterChoiceHint, type JobcenterChoice } from "./choose-jobcenter";
export { ownPublishedValues } from "./own-published-values";
