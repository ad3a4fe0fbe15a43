"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * recharts 3 draws a chart's layers into React portals, one SVG group each, and Chromium lets the
 * keyboard stop on an SVG group that React listens on: Tab went through five to eight empty stops
 * per chart. The chart's own surface stays the one stop (arrow keys then move its tooltip); every
 * group inside is taken out of the Tab order, also when recharts adds layers later.
 */
export function OneTabStop({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const settle = () => {
      for (const group of element.querySelectorAll("svg g:not([tabindex])")) group.setAttribute("tabindex", "-1");
    };
    settle();
    const observer = new MutationObserver(settle);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return <div ref={box}>{children}</div>;
}
