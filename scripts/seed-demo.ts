// `npm run db:seed [-- --reset]`: the demo athlete in the database at DATABASE_URL.
import { DEMO_EMAIL, seedDemo } from "../prisma/seed";

seedDemo({ reset: process.argv.includes("--reset") })
  .then((created) => console.log(created ? `Seeded ${DEMO_EMAIL}` : `${DEMO_EMAIL} already exists`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
