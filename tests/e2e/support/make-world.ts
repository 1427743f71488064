// Builds the access-matrix world in the e2e database through lib/ and better-auth (as the app
// does) and prints it as JSON: ids, tokens, markers and each person's session cookie.
// Run with: node --conditions=react-server --import tsx tests/e2e/support/make-world.ts
import { acceptConnectionInvite, createConnectionInvite, revokeConnection } from "@/lib/counselor/connections";
import { becomeCounselor } from "@/lib/counselor/profile";
import { parsePlanForm, savePlan } from "@/lib/family/plan";
import { createReadingList } from "@/lib/counselor/reading-lists";
import { createResetLink } from "@/lib/account/reset-links";
import { person, world } from "../../support/world";

const w = await world();
const counselors: Record<string, Awaited<ReturnType<typeof person>>> = {};
for (const level of ["none", "plan", "plan_summary", "revoked", "unconnected"] as const) {
  const c = await person(`Counselor ${level}`);
  await becomeCounselor(c, { organization: "Harbor" });
  if (level !== "unconnected") {
    const invite = await createConnectionInvite(c);
    await acceptConnectionInvite(w.ownerA, invite.token, w.familyA.id, level === "revoked" ? "plan_summary" : level);
    if (level === "revoked") await revokeConnection(w.ownerA, w.familyA.id, c.userId);
  }
  counselors[level] = c;
}
const plan = parsePlanForm(new FormData());
if (!plan.ok) throw new Error("an empty plan should be valid");
await savePlan(w.ownerA, w.familyA.id, plan.data, 0);
const list = await createReadingList(w.counselor, { pages: ["triggers"], note: "A note for the family", days: 30 });
const freshInvite = await createConnectionInvite(w.counselor);
const reset = await createResetLink(w.ownerA, w.familyA.id, w.memberA.userId);
process.stdout.write(JSON.stringify({ ...w, counselors, readingListToken: list.token, connectToken: freshInvite.token, resetToken: reset.token, marker: undefined }));
process.exit(0);
