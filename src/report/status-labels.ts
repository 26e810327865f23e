/**
 * The traffic light in words: a status must be readable without colour (print, colour blindness, screen readers).
 * The one vocabulary of every output — sheet, pane, CLI and JSON read the engine's status and name it from here.
 */
import type { Status } from "../domain/direction";
import { COLOR } from "./formats";

export const STATUS_LABEL: Record<Status, string> = {
  "on-track": "im Plan",
  "at-risk": "gefährdet",
  "off-track": "verfehlt",
  monitoring: "Beobachtung",
  "no-data": "keine Daten",
};

export const STATUS_COLORS: Record<Status, { fill: string; fontColor: string }> = {
  "on-track": { fill: COLOR.good, fontColor: COLOR.goodFont },
  "at-risk": { fill: COLOR.warn, fontColor: COLOR.warnFont },
  "off-track": { fill: COLOR.bad, fontColor: COLOR.badFont },
  // Beobachtung is neutral: no target, so neither green nor red.
  monitoring: { fill: COLOR.neutral, fontColor: COLOR.neutralFont },
  "no-data": { fill: COLOR.none, fontColor: COLOR.muted },
};
