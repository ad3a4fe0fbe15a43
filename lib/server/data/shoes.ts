import "server-only";
import type { User } from "../../generated/prisma/client";
import type { ShoeChange, ShoeInput } from "../../validation/shoe";
import { addDays } from "../../analysis/dates";
import { db, readLog } from "../db";
import { NotFoundError } from "./errors";
import { changeLog } from "./log-change";

type Owner = Pick<User, "id" | "timezone" | "weekStartsOn">;

export type ShoeWithTotal = {
  id: string;
  name: string;
  startMeters: number;
  retireMeters: number;
  retired: boolean;
  isDefault: boolean;
  totalMeters: number;
  runs: number;
};

/** Each shoe with its total distance (starting distance plus every run in it). */
export async function listShoes(userId: string): Promise<ShoeWithTotal[]> {
  const [shoes, sums] = await readLog(userId, (client) =>
    Promise.all([
      client.shoe.findMany({ where: { userId }, orderBy: [{ retired: "asc" }, { createdAt: "asc" }] }),
      client.run.groupBy({
        by: ["shoeId"],
        where: { userId, shoeId: { not: null } },
        _sum: { distanceM: true },
        _count: { _all: true },
      }),
    ]),
  );
  const byShoe = new Map(sums.map((row) => [row.shoeId, row]));
  return shoes.map((shoe) => {
    const sum = byShoe.get(shoe.id);
    return {
      id: shoe.id,
      name: shoe.name,
      startMeters: shoe.startMeters,
      retireMeters: shoe.retireMeters,
      retired: shoe.retired,
      isDefault: shoe.isDefault,
      totalMeters: shoe.startMeters + (sum?._sum.distanceM ?? 0),
      runs: sum?._count._all ?? 0,
    };
  });
}

export async function getShoe(userId: string, shoeId: string) {
  return db.shoe.findFirst({ where: { id: shoeId, userId } });
}

export async function createShoe(user: Owner, input: ShoeInput) {
  return changeLog(user, async (tx) => {
    if (input.isDefault) {
      await tx.shoe.updateMany({ where: { userId: user.id }, data: { isDefault: false } });
    }
    return tx.shoe.create({
      data: {
        userId: user.id,
        name: input.name,
        startMeters: Math.round(input.startKm * 1000),
        retireMeters: Math.round(input.retireKm * 1000),
        isDefault: input.isDefault,
      },
      select: { id: true },
    });
  });
}

export async function setDefaultShoe(user: Owner, shoeId: string) {
  await changeLog(user, async (tx) => {
    const shoe = await tx.shoe.findFirst({ where: { id: shoeId, userId: user.id, retired: false } });
    if (!shoe) throw new NotFoundError("Shoe not found");
    await tx.shoe.updateMany({ where: { userId: user.id }, data: { isDefault: false } });
    await tx.shoe.update({ where: { id: shoe.id }, data: { isDefault: true } });
  });
}

export async function setShoeRetired(user: Owner, shoeId: string, retired: boolean) {
  await changeLog(user, async (tx) => {
    const { count } = await tx.shoe.updateMany({
      where: { id: shoeId, userId: user.id },
      data: retired ? { retired, isDefault: false } : { retired },
    });
    if (count === 0) throw new NotFoundError("Shoe not found");
  });
}

/** One shoe with its total, for the API's single-shoe responses (issue #6). */
export async function getShoeWithTotal(userId: string, shoeId: string): Promise<ShoeWithTotal | null> {
  const shoes = await listShoes(userId);
  return shoes.find((shoe) => shoe.id === shoeId) ?? null;
}

/**
 * Changes the fields given and keeps the rest (the shoe page's edit form, the API's PUT and PATCH).
 * A retired shoe stops being the default; a shoe made the default takes it from the others.
 */
export async function updateShoe(user: Owner, shoeId: string, change: ShoeChange) {
  await changeLog(user, async (tx) => {
    const shoe = await tx.shoe.findFirst({ where: { id: shoeId, userId: user.id } });
    if (!shoe) throw new NotFoundError("Shoe not found");
    const retired = change.retired ?? shoe.retired;
    const isDefault = (change.isDefault ?? shoe.isDefault) && !retired;
    if (isDefault && !shoe.isDefault) await tx.shoe.updateMany({ where: { userId: user.id }, data: { isDefault: false } });
    await tx.shoe.update({
      where: { id: shoe.id },
      data: {
        name: change.name,
        startMeters: change.startKm === undefined ? undefined : Math.round(change.startKm * 1000),
        retireMeters: change.retireKm === undefined ? undefined : Math.round(change.retireKm * 1000),
        retired,
        isDefault,
      },
    });
  });
}

/** Shoe names by id, for wording alerts about a shoe. */
export async function shoeNames(userId: string): Promise<Map<string, string>> {
  const shoes = await db.shoe.findMany({ where: { userId }, select: { id: true, name: true } });
  return new Map(shoes.map((shoe) => [shoe.id, shoe.name]));
}

/** The runs of the last `days` days up to `today` (local dates), for the shoes' rotation share. */
export async function recentRunsForRotation(userId: string, today: string, days: number) {
  return db.run.findMany({
    where: { userId, localDate: { gt: addDays(today, -days), lte: today } },
    select: { shoeId: true, distanceM: true },
  });
}

/** A shoe's latest runs, newest first, for its page. */
export async function runsInShoe(userId: string, shoeId: string, take: number) {
  return db.run.findMany({
    where: { userId, shoeId },
    select: { id: true, localDate: true, distanceM: true, type: true },
    orderBy: [{ localDate: "desc" }, { createdAt: "desc" }],
    take,
  });
}
