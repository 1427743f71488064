import { z } from "zod";
import { isId } from "../family/access";

/** An id in a form or a bound argument: the same rule as the access module's id guard. */
/** A link's token as the page bound it (checked for real by lib/, which hashes it). */
export const tokenField = z.string().min(1).max(200);

export const idField = z.string().refine(isId, { message: "That is no longer there. Reload the page." });
