import { describe, expect, it } from "vitest";
import type { Alert } from "../analysis/types";
import { newlyRaised, reconcileAlerts, type StoredAlert } from "./reconcile";

function spike(ratio: number, severity: Alert["severity"] = "warning"): Alert {
  return {
    rule: "SPIKE",
    severity,
    key: "run-1",
    asOf: "2025-02-23",
    data: { ratio, runKm: 16, longest30Km: 12 },
    advice: ["long-run-steps"],
  };
}

function stored(overrides: Partial<StoredAlert>): StoredAlert {
  return {
    id: "a1",
    rule: "SPIKE",
    key: "run-1",
    severity: "warning",
    status: "open",
    data: { ratio: 1.33 },
    acknowledgedData: null,
    ...overrides,
  };
}

describe("reconcileAlerts", () => {
  it("reports a new info alert too: the confirmation lists everything a change raised", () => {
    const note = spike(1.15, "info");
    expect(newlyRaised(reconcileAlerts([], [note]), [])).toEqual([note]);
  });

  it("creates an alert seen for the first time and reports it as new", () => {
    const changes = reconcileAlerts([], [spike(1.33)]);
    expect(changes).toEqual([{ kind: "create", alert: spike(1.33) }]);
    expect(newlyRaised(changes, [])).toEqual([spike(1.33)]);
  });

  it("closes an open alert that no longer holds", () => {
    expect(reconcileAlerts([stored({})], [])).toEqual([{ kind: "close", id: "a1" }]);
  });

  it("keeps an acknowledged alert acknowledged while its numbers are no worse", () => {
    const row = stored({ status: "acknowledged", acknowledgedData: { ratio: 1.33 } });
    const changes = reconcileAlerts([row], [spike(1.2)]);
    expect(changes).toEqual([{ kind: "update", id: "a1", alert: spike(1.2), status: "acknowledged" }]);
    expect(newlyRaised(changes, [row])).toEqual([]);
  });

  it("reopens an acknowledged alert whose numbers got worse", () => {
    const row = stored({ status: "acknowledged", acknowledgedData: { ratio: 1.33 } });
    expect(reconcileAlerts([row], [spike(1.4)])).toEqual([
      { kind: "reopen", id: "a1", alert: spike(1.4) },
    ]);
  });

  it("reopens an acknowledged alert whose severity rose", () => {
    const row = stored({ status: "acknowledged", acknowledgedData: { ratio: 2.5 } });
    expect(reconcileAlerts([row], [spike(2.1, "high")])[0]?.kind).toBe("reopen");
  });

  it("does not reopen an acknowledged shoe alert just because the shoe ran further", () => {
    const shoe: Alert = {
      rule: "SHOE",
      severity: "info",
      key: "shoe-a",
      asOf: "2025-02-23",
      data: { km: 640, retireKm: 800 },
      advice: ["footwear"],
    };
    const row = stored({
      rule: "SHOE",
      key: "shoe-a",
      severity: "info",
      status: "acknowledged",
      acknowledgedData: { km: 600, retireKm: 800 },
    });
    expect(reconcileAlerts([row], [shoe])[0]?.kind).toBe("update");
  });

  it("reopens a closed alert that holds again", () => {
    const changes = reconcileAlerts([stored({ status: "closed" })], [spike(1.33)]);
    expect(changes[0]?.kind).toBe("reopen");
  });

  it("reports an open alert that escalated or got worse, but not one that stayed the same or eased", () => {
    const row = stored({});
    expect(newlyRaised(reconcileAlerts([row], [spike(1.33)]), [row])).toEqual([]);
    expect(newlyRaised(reconcileAlerts([row], [spike(1.2)]), [row])).toEqual([]);
    expect(newlyRaised(reconcileAlerts([row], [spike(1.4)]), [row])).toEqual([spike(1.4)]);
    expect(newlyRaised(reconcileAlerts([row], [spike(2.5, "high")]), [row])).toHaveLength(1);
  });

  it("does not report an open info alert again while it holds unchanged", () => {
    const info: Alert = { ...spike(1.2), rule: "RETURN", severity: "info" };
    const row = stored({ rule: "RETURN", severity: "info", data: info.data });
    expect(newlyRaised(reconcileAlerts([row], [info]), [row])).toEqual([]);
  });
});
