/** The traffic light in words: a status must be readable without colour (print, colour blindness, screen readers). */
import type { Status } from "../domain/direction";
import { COLOR } from "./formats";

export const STATUS_LABEL: Record<Status, string> = {
  "on-track": "im Plan",
  "at-risk": "gefährdet",
  "off-track": "verfehlt",
  "no-data": "keine Daten",
};

export const STATUS_COLORS: Record<Status, { fill: string; fontColor: string }> = {
  "on-track": { fill: COLOR.good, fontColor: COLOR.goodFont },
  "at-risk": { fill: COLOR.warn, fontColor: COLOR.warnFont },
  "off-track": { fill: COLOR.bad, fontColor: COLOR.badFont },
  "no-data": { fill: COLOR.none, fontColor: COLOR.muted },
};
