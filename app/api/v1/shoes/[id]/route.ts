import { jsonResponse } from "@/lib/api/errors";
import { apiHandler, orNotFound, parseOrThrow } from "@/lib/server/api/handler";
import { toShoeView } from "@/lib/server/api/views";
import { getShoeWithTotal, updateShoe } from "@/lib/server/data/shoes";
import { ShoeUpdateSchema } from "@/lib/validation/api";

type Params = { id: string };

export const GET = apiHandler<Params>(async ({ user, params }) => {
  const shoe = orNotFound(await getShoeWithTotal(user.id, params.id), "Shoe");
  return jsonResponse({ shoe: toShoeView(shoe) });
});

// No DELETE: like the shoes page, a worn-out shoe is retired, so its runs keep their shoe. PUT and
// PATCH both change only the fields sent (`{"retired": true}` retires a pair and keeps its name).
export const PUT = apiHandler<Params>(
  async ({ user, params, body }) => {
    const input = parseOrThrow(ShoeUpdateSchema, body);
    await updateShoe(user, params.id, input);
    const shoe = orNotFound(await getShoeWithTotal(user.id, params.id), "Shoe");
    return jsonResponse({ shoe: toShoeView(shoe) });
  },
  { body: "json" },
);
export const PATCH = PUT;
