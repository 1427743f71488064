import { z } from "zod";
import { PASSWORD_MAX, passwordProblem } from "./password";

const email = z.string().trim().toLowerCase().pipe(z.email({ message: "Enter an email address like name@example.com." }).max(254));

export const signUpInput = z
  .object({
    name: z.string().trim().min(1, "Tell us what to call you.").max(60, "Use at most 60 characters."),
    email,
    password: z.string(),
  })
  .superRefine((input, ctx) => {
    const problem = passwordProblem(input.password, [input.email, input.name]);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const signInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX, "That password is too long."),
  next: z.string().optional(),
});

export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1, "Enter your current password."), newPassword: z.string() })
  .superRefine((input, ctx) => {
    const problem = passwordProblem(input.newPassword);
    if (problem) ctx.addIssue({ code: "custom", path: ["newPassword"], message: problem });
    if (input.newPassword === input.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from your current one." });
  });

export const deleteAccountInput = z.object({
  password: z.string().min(1, "Enter your password to confirm."),
  confirm: z.literal("on", { message: "Tick the box to confirm." }),
});

/** Only same-site paths may follow sign-in (no open redirects). */
export function safeNext(next: string | undefined, fallback = "/family"): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : fallback;
}
