/**
 * Small typed validators for the pipeline's options, zod-style: each field parses an unknown value into its type or a
 * German sentence for the person who gave it. The option type is derived from the fields, so the two cannot drift.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Field<T> {
  parse(value: unknown): Parsed<T>;
}

export type FieldValue<F> = F extends Field<infer T> ? T : never;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** A field whose values are exactly the given strings (compared case-insensitively for text input). */
export function oneOf<const T extends string>(values: readonly T[], describe: (raw: string) => string): Field<T> {
  return {
    parse(value) {
      const text = typeof value === "string" ? value.trim() : "";
      const found = values.find((v) => v.toLowerCase() === text.toLowerCase());
      return found !== undefined ? ok(found) : fail(describe(String(value)));
    },
  };
}

export function booleanField(what: string): Field<boolean> {
  return {
    parse(value) {
      if (typeof value === "boolean") return ok(value);
      if (value === "true" || value === "ja") return ok(true);
      if (value === "false" || value === "nein") return ok(false);
      return fail(`${what}: „${String(value)}“ ist weder ja noch nein.`);
    },
  };
}

/** A whole number in [min, max]; text such as "2" is accepted (stored settings, the command line). */
export function integerField(what: string, min: number, max: number): Field<number> {
  return {
    parse(value) {
      const n = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
      return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max ? ok(n) : fail(`${what}: „${String(value)}“ ist keine ganze Zahl von ${min} bis ${max}.`);
    },
  };
}

/** Any value that the given function turns into T, or null with the error. */
export function customField<T>(parse: (value: unknown) => T | null, error: (raw: unknown) => string): Field<T> {
  return {
    parse(value) {
      const parsed = parse(value);
      return parsed === null ? fail(error(value)) : ok(parsed);
    },
  };
}
