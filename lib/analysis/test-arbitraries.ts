// fast-check generators shared by the analyser's property tests. Test code only.
import fc from "fast-check";
import type { LocalDate, PainEntry } from "./types";

/** A run of whole metres (as the app stores them) up to `maxMetres`, in one of the shoes or none. */
export function runArb(options: {
  date: fc.Arbitrary<LocalDate>;
  pain: fc.Arbitrary<PainEntry>;
  shoeIds: readonly string[];
  maxMetres: number;
}) {
  return fc.record({
    date: options.date,
    km: fc.integer({ min: 1, max: options.maxMetres }).map((metres) => metres / 1000),
    shoeId: fc.constantFrom<string | null>(null, ...options.shoeIds),
    pain: fc.oneof(fc.constant<PainEntry[]>([]), fc.array(options.pain, { maxLength: 2 })),
  });
}
