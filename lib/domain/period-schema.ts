import { z } from "zod";
import { isPeriod } from "@/lib/domain/periods";

// Apart from periods.ts so that code the browser runs before the app (the explorer page's early
// drawing) can use periods without zod.
/** A period as a schema field: rejects "2020-13" and "2019-02-29" as well as malformed text. */
export const periodSchema = z
  .string()
  .refine(isPeriod, 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD" and a real date');
