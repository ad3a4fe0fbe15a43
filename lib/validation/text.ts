// Text that is not well-formed Unicode (a lone surrogate such as "\ud800", which JSON can carry) cannot be
// stored: the database layer failed on it with a 500 (issue 20). Every free-text field checks it.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

export const NOT_WELL_FORMED = "Contains a character that is not valid Unicode (a lone surrogate)";

/** True when every string in a parsed JSON value, keys included, is well-formed. */
export function isWellFormedJson(value: unknown): boolean {
  const pending = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (!isWellFormed(item)) return false;
    } else if (Array.isArray(item)) pending.push(...item);
    else if (typeof item === "object" && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (!isWellFormed(key)) return false;
        pending.push(child);
      }
    }
  }
  return true;
}
