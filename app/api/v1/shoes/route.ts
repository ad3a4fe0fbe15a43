import { jsonResponse } from "@/lib/api/errors";
import { apiHandler, orNotFound, parseOrThrow } from "@/lib/server/api/handler";
import { toShoeView } from "@/lib/server/api/views";
import { createShoe, getShoeWithTotal, listShoes } from "@/lib/server/data/shoes";
import { ShoeInputSchema } from "@/lib/validation/shoe";

export const GET = apiHandler(async ({ user }) => {
  const shoes = await listShoes(user.id);
  return jsonResponse({ shoes: shoes.map(toShoeView) });
});

export const POST = apiHandler(
  async ({ user, body }) => {
    const input = parseOrThrow(ShoeInputSchema, body);
    const { result } = await createShoe(user, input);
    const shoe = orNotFound(await getShoeWithTotal(user.id, result.id), "Shoe");
    return jsonResponse(
      { shoe: toShoeView(shoe) },
      { status: 201, headers: { Location: `/api/v1/shoes/${shoe.id}` } },
    );
  },
  { body: "json" },
);
