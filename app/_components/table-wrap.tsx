import type { ReactNode } from "react";

/**
 * A table that may scroll sideways on a phone. The scrolling box is a named region and a Tab stop, so
 * keyboard users can reach it and scroll it with the arrow keys (a box that scrolls but cannot be
 * focused hides its last columns from them).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
