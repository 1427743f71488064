import { z } from "zod";
import { isId } from "../family/access";

/** An id in a form or a bound argument: the same rule as the access module's id guard. */
export const idField = z.string().refine(isId, { message: "That is no longer there. Reload the page." });
