import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { ZodError, type z } from "zod";
import { enforce, RULES } from "../auth/limits";
import { getCurrentUser, type CurrentUser } from "../auth/session";
import { errorSummary, ForbiddenError, NotFoundError, RateLimitedError, RuleError } from "../errors";
import type { Actor } from "../family/access";
import { requestAddress } from "../net/client-address";
import { errorState, formValues, parseForm, type FormAction, type FormState, type PlainFormAction } from "./form-state";
import { log } from "../observability/log";
import { personLocale } from "../i18n/person-locale";
import { isMessageKey, msg, translator, type MessageKey } from "../i18n/text";

/**
 * THE server-action wrapper. Every server action in app/ goes through it (tests/unit/actions-wrapped.test.ts
 * checks), so every one of them, whatever arrives:
 * - refuses arguments that are not what the page bound (tampered bound arguments, a body that is
 *   not a form) with a calm message;
 * - checks the session (signed out → sign in, or a message that keeps what was typed);
 * - parses the form with its zod schema (field errors next to the fields, what was typed kept,
 *   secrets never echoed);
 * - applies its rate limits (per account and per address);
 * - turns every refusal from lib/ into a message, and anything unexpected into a generic one,
 *   logging only the error's kind. Never a 500; Next's redirect() and notFound() pass through.
 */
export type Values = Record<string, string | string[]>;
export type Limit = "write" | "createLink" | "redeemToken" | "passwordCheck";

type Context<I, B> = { user: CurrentUser; actor: Actor; input: I; bound: B; formData: FormData; values: Values; address: string };
type PublicContext<I> = { input: I; formData: FormData; values: Values; address: string };

type Common<S extends z.ZodType | undefined> = {
  /** The form's schema; its result is `input`. */
  schema?: S;
  /** Fields that are always lists (checkbox groups). */
  arrays?: string[];
  /** Fields never sent back (passwords). */
  secret?: string[];
  /** Shown when a lib/ function says NotFound (gone, or not yours). */
  notFound?: string;
  /** Shown when something unexpected fails. */
  failed?: string;
  limits?: Limit[];
};

type Input<S> = S extends z.ZodType ? z.infer<S> : undefined;

export const MALFORMED = msg("FormAnswers.malformed");
export const OUT_OF_DATE = msg("FormAnswers.outOfDate");
const GONE = msg("FormAnswers.gone");
const FAILED = msg("FormAnswers.failed");

function keptValues(formData: FormData, secret: string[] = []): Values {
  const values = formValues(formData);
  for (const key of secret) delete values[key];
  return values;
}

function refusal(error: unknown, values: Values, config: Common<z.ZodType | undefined>): FormState {
  unstable_rethrow(error);
  if (error instanceof RateLimitedError) return errorState(error.retryAfter < 60 ? msg("FormAnswers.waitSeconds") : msg("FormAnswers.waitMinutes"), values, undefined, { count: error.retryAfter < 60 ? error.retryAfter : Math.ceil(error.retryAfter / 60) });
  if (error instanceof RuleError) return errorState(error.message, values, error.field, error.values);
  if (error instanceof ForbiddenError) return errorState(error.message, values);
  if (error instanceof NotFoundError) return errorState(config.notFound ?? GONE, values);
  if (error instanceof ZodError) return errorState(msg("FormAnswers.notSaved"), values);
  // Log what failed, never what was written.
  log.error({ error: errorSummary(error) }, "server action failed");
  return errorState(config.failed ?? FAILED, values);
}

async function applyLimits(limits: Limit[] | undefined, address: string, user?: CurrentUser) {
  for (const limit of limits ?? []) {
    if (limit === "passwordCheck" && user) await enforce([RULES.passwordCheck, `${user.email.toLowerCase()}|${address}`]);
    if (limit === "write" && user) await enforce([RULES.writeAccount, user.id], [RULES.writeAddress, address]);
    if (limit === "createLink" && user) await enforce([RULES.createLinkAccount, user.id], [RULES.createLinkAddress, address]);
    if (limit === "redeemToken") await enforce(...(user ? [[RULES.redeemTokenAccount, user.id] as [typeof RULES.redeemTokenAccount, string]] : []), [RULES.redeemTokenAddress, address]);
  }
}

type Signed<B> = {
  /** Where a signed-out person goes (a sign-in path), or the message they see instead (keeping what they typed). */
  signedOut: { redirect: (bound: B, formData: FormData) => string } | { message: string };
};

/**
 * The words of a form's answer in the reader's language (decision 052): lib/ and the actions name
 * their messages by key (lib/i18n/text.ts msg()); text that is already words passes unchanged.
 */
async function run<S extends z.ZodType | undefined, B>(
  config: Common<S> & Partial<Signed<B>> & { bound?: z.ZodType<B>; public?: boolean; plain?: boolean },
  args: unknown[],
  handler: (ctx: Context<Input<S>, B> & PublicContext<Input<S>>) => Promise<FormState | void>,
): Promise<FormState> {
  const state = await answer(config, args, handler);
  const t = translator(await personLocale());
  const words = (text: string) => {
    if (!isMessageKey(text)) return text;
    try {
      return t(text as MessageKey, state.messageValues);
    } catch (error) {
      // A key with no message (a bug the messages test should have caught): a calm answer, never a 500.
      log.error({ error: errorSummary(error), key: text }, "form message missing");
      return t(FAILED);
    }
  };
  const rest: FormState = { ...state };
  delete rest.messageValues;
  return {
    ...rest,
    ...(state.message === undefined ? {} : { message: words(state.message) }),
    ...(state.fieldErrors ? { fieldErrors: Object.fromEntries(Object.entries(state.fieldErrors).map(([field, errors]) => [field, errors.map(words)])) } : {}),
  };
}

async function answer<S extends z.ZodType | undefined, B>(
  config: Common<S> & Partial<Signed<B>> & { bound?: z.ZodType<B>; public?: boolean; plain?: boolean },
  args: unknown[],
  handler: (ctx: Context<Input<S>, B> & PublicContext<Input<S>>) => Promise<FormState | void>,
): Promise<FormState> {
  const formData = args[args.length - 1];
  if (!(formData instanceof FormData) || args.length < (config.plain ? 1 : 2)) return errorState(MALFORMED);
  const values = keptValues(formData, config.secret);
  try {
    let bound = undefined as B;
    if (config.bound) {
      const parsed = config.bound.safeParse(args.slice(0, config.plain ? -1 : -2));
      if (!parsed.success) return errorState(OUT_OF_DATE, values);
      bound = parsed.data;
    }
    const address = requestAddress(await headers());
    let user: CurrentUser | null = null;
    if (!config.public) {
      user = await getCurrentUser();
      if (!user) {
        const signedOut = config.signedOut;
        if (signedOut && "redirect" in signedOut) redirect(signedOut.redirect(bound, formData));
        return errorState(signedOut?.message ?? msg("FormAnswers.signedOut"), values);
      }
    }
    let input = undefined as Input<S>;
    if (config.schema) {
      const parsed = parseForm(config.schema, formData, { arrays: config.arrays, secret: config.secret });
      if (!parsed.ok) return parsed.state;
      input = parsed.data as Input<S>;
    }
    await applyLimits(config.limits, address, user ?? undefined);
    const ctx = { user: user!, actor: { userId: user?.id ?? "" }, input, bound, formData, values, address };
    return (await handler(ctx)) ?? { status: "success", message: msg("FormAnswers.done") };
  } catch (error) {
    return refusal(error, values, config);
  }
}

/** A signed-in person's form action: (state, formData). */
export function formAction<S extends z.ZodType | undefined = undefined>(
  config: Common<S> & Signed<undefined>,
  handler: (ctx: Context<Input<S>, undefined>) => Promise<FormState | void>,
): FormAction {
  return async (...args: unknown[]) => run(config, args, handler);
}

/** A form action with arguments bound by the page (`action.bind(null, familyId, …)`), each checked by `bound`. */
export function boundFormAction<B extends unknown[], S extends z.ZodType | undefined = undefined>(
  bound: z.ZodType<B>,
  config: Common<S> & Signed<B>,
  handler: (ctx: Context<Input<S>, B>) => Promise<FormState | void>,
): (...args: [...B, FormState, FormData]) => Promise<FormState> {
  return async (...args: unknown[]) => run({ ...config, bound }, args, handler);
}

/**
 * A plain form with no message to show (`<form action={…}>` in a server component, such as "Mark
 * as seen"): called with the form alone. A refusal leaves the page as it was; the handler
 * redirects on success.
 */
export function plainFormAction<S extends z.ZodType | undefined = undefined>(
  config: Common<S> & Signed<undefined>,
  handler: (ctx: Context<Input<S>, undefined>) => Promise<FormState | void>,
): PlainFormAction {
  return async (...args: unknown[]) => {
    await run({ ...config, plain: true }, args, handler);
  };
}

/** A plain form with arguments bound by the page, each checked by `bound` (as boundFormAction). */
export function boundPlainFormAction<B extends unknown[], S extends z.ZodType | undefined = undefined>(
  bound: z.ZodType<B>,
  config: Common<S> & Signed<B>,
  handler: (ctx: Context<Input<S>, B>) => Promise<FormState | void>,
): (...args: [...B, FormData]) => Promise<void> {
  return async (...args: unknown[]) => {
    await run({ ...config, bound, plain: true }, args, handler);
  };
}

/** A form anyone may send, with arguments bound by the page (a link's token), each checked by `bound`. */
export function boundPublicFormAction<B extends unknown[], S extends z.ZodType | undefined = undefined>(
  bound: z.ZodType<B>,
  config: Common<S>,
  handler: (ctx: PublicContext<Input<S>> & { bound: B }) => Promise<FormState | void>,
): (...args: [...B, FormState, FormData]) => Promise<FormState> {
  return async (...args: unknown[]) => run({ ...config, bound, public: true }, args, handler);
}

/** A form anyone may send (sign-in, sign-up). */
export function publicFormAction<S extends z.ZodType | undefined = undefined>(
  config: Common<S>,
  handler: (ctx: PublicContext<Input<S>>) => Promise<FormState | void>,
): FormAction {
  return async (...args: unknown[]) => run({ ...config, public: true }, args, handler);
}
