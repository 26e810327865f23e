/**
 * The state part's XML, as both adapters write and read it: whatever Excel hands back (its own declaration, another
 * prefix, character references) reads as the state written; another add-in's part or a damaged one reads as none.
 */
import { isStateXml, STATE_NAMESPACE, stateFromXml, stateXml } from "../../src/workbook/state-part";
import { wellFormednessProblem } from "../../src/workbook/xlsx/package/written-package-check";

const state = {
  ownedSheets: { "ziel-ist-vergleich": "Ziel-Ist-Vergleich", kennzahlen: "Kennzahlen §48a & <Sonstiges>" },
  settings: { quellen: JSON.stringify([{ sheet: "Fälle „Leistung“", kind: "faelle" }]), berichtsmonat: "2022-10", seltsam: "\ufffe\ud800]]>" },
};

describe("the state part's XML", () => {
  it("is well-formed, ASCII only, and reads back as the state written", () => {
    const xml = stateXml(state);
    expect(wellFormednessProblem(xml)).toBeUndefined();
    expect(xml).toMatch(/^[\x20-\x7e]*$/);
    expect(xml.startsWith(`<state xmlns="${STATE_NAMESPACE}">`)).toBe(true);
    expect(stateFromXml(xml)).toEqual(state);
  });

  it("reads as written when it comes back with a declaration, a prefix, comments or character references", () => {
    const body = stateXml(state).replace(/^<state xmlns="[^"]*">|<\/state>$/g, "");
    expect(stateFromXml(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n${stateXml(state)}`)).toEqual(state);
    expect(stateFromXml(`<!-- Excel --><sc:state xmlns:sc='${STATE_NAMESPACE}'>${body}</sc:state>`)).toEqual(state);
    expect(stateFromXml(`<state xmlns="${STATE_NAMESPACE}">${body.replace(/"/g, "&#34;").replace(/\{/g, "&#x7B;")}</state>`)).toEqual(state);
  });

  it("is not ours in another namespace or under another root, and unreadable when damaged", () => {
    expect(isStateXml(`<state xmlns="urn:jemand-anders">{}</state>`)).toBe(false);
    expect(isStateXml(`<zustand xmlns="${STATE_NAMESPACE}">{}</zustand>`)).toBe(false);
    expect(isStateXml(`<x:state xmlns="${STATE_NAMESPACE}">{}</x:state>`)).toBe(false);
    expect(stateFromXml(`<state xmlns="urn:jemand-anders">${stateXml(state)}</state>`)).toBeNull();
    expect(isStateXml(`<state xmlns="${STATE_NAMESPACE}">{"ownedSheets":</state>`)).toBe(true);
    expect(stateFromXml(`<state xmlns="${STATE_NAMESPACE}">{"ownedSheets":</state>`)).toBeNull();
    expect(stateFromXml(`<state xmlns="${STATE_NAMESPACE}"/>`)).toBeNull();
    expect(stateFromXml("")).toBeNull();
  });
});
