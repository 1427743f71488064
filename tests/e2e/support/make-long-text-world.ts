// A family, a member and a counselor whose every shown text is as wide as a person can make it:
// long unbroken words and long links, each at its field's limit. Made through lib/ and
// better-auth, as the app does, and printed as JSON (ids, tokens, session cookies) for
// tests/e2e/layout-width.spec.ts. Run with:
// node --conditions=react-server --import tsx tests/e2e/support/make-long-text-world.ts
import { randomUUID } from "node:crypto";
import { auth } from "@/lib/auth/auth";
import { NAME_MAX } from "@/lib/auth/names";
import { acceptConnectionInvite, createConnectionInvite } from "@/lib/counselor/connections";
import { becomeCounselor } from "@/lib/counselor/profile";
import { createReadingList } from "@/lib/counselor/reading-lists";
import { createResetLink } from "@/lib/account/reset-links";
import { createCheckIn } from "@/lib/family/checkins";
import { createFamily } from "@/lib/family/families";
import { acceptInvite, createInvite } from "@/lib/family/members";
import { PLAN_LIMITS, savePlan } from "@/lib/family/plan";
import { longUrl, longWord, wordAndUrl } from "./long-text";

const PASSWORD = "quiet harbor lantern 93";

async function person(name: string) {
  const email = `wide-${randomUUID().slice(0, 8)}@example.test`;
  const { headers, response } = await auth.api.signUpEmail({ body: { name, email, password: PASSWORD }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { userId: response.user.id, name, email, cookie };
}

const owner = await person(longWord("OwnerName", NAME_MAX));
const member = await person(longUrl("member", NAME_MAX));
const counselor = await person(longWord("CounselorName", NAME_MAX));

const family = await createFamily(owner, { name: longWord("FamilyName", 80), lovedOneName: longWord("LovedOne", 40) });
const invite = await createInvite(owner, family.id);
await acceptInvite(member, invite.token);
const openInvite = await createInvite(owner, family.id);

const { short, label, note, medium, long, ownWords } = PLAN_LIMITS;
const personRow = (tag: string) => ({ name: longWord(`${tag}Name`, short), relationship: longWord(`${tag}Rel`, label), phone: "555-123-4567", whenToCall: wordAndUrl(`${tag}When`, note) });
const treatmentRow = (tag: string) => ({ name: longUrl(`${tag}name`, short), role: longWord(`${tag}Role`, label), phone: "555-765-4321", notes: wordAndUrl(`${tag}Notes`, medium) });
await savePlan(
  owner,
  family.id,
  {
    emergency: {
      naloxoneLocation: wordAndUrl("NaloxoneWhere", medium),
      naloxoneWhoKnows: longWord("NaloxoneWho", medium),
      naloxoneExpiry: "2030-01-31",
      hospitalName: longWord("Hospital", short),
      hospitalAddress: longUrl("hospital", medium),
    },
    people: [personRow("Person"), { ...personRow("Second"), name: longUrl("second", short) }],
    treatment: [treatmentRow("Team"), { ...treatmentRow("Doctor"), name: longWord("DoctorName", short) }],
    signs: { ids: ["emotional.isolating"], ownWords: wordAndUrl("SignsOwn", ownWords) },
    triggers: { ids: [], ownWords: wordAndUrl("TriggersOwn", ownWords) },
    responses: { ids: [], ownWords: wordAndUrl("ResponsesOwn", ownWords), avoidOwnWords: wordAndUrl("AvoidOwn", ownWords) },
    boundaries: wordAndUrl("Boundaries", long),
    goals: wordAndUrl("Goals", long),
    aftercare: wordAndUrl("Aftercare", long),
    relapseSteps: [longUrl("step", medium), longWord("PlanStep", medium), wordAndUrl("StepBoth", medium)],
  },
  0,
);

const checkIn = (actor: typeof owner, tag: string, visibility: "family" | "private", useSuspected = false) =>
  createCheckIn(actor, family.id, {
    signs: ["emotional.isolating"],
    otherSigns: wordAndUrl(`${tag}Other`, 500),
    triggers: [],
    worry: "3",
    wellbeing: "3",
    note: wordAndUrl(`${tag}Note`, 2000),
    visibility,
    useSuspected,
  });
const shared = await checkIn(owner, "Shared", "family");
const privateNote = await checkIn(member, "Private", "private");
// A check-in that says "may have used": the alert it sends shows on the overview and in notices.
const alert = await checkIn(owner, "Alert", "family", true);

await becomeCounselor(counselor, { organization: wordAndUrl("Organization", 120) });
const connect = await createConnectionInvite(counselor);
await acceptConnectionInvite(owner, connect.token, family.id, "plan_summary");
const freshConnect = await createConnectionInvite(counselor);
const list = await createReadingList(counselor, { pages: ["triggers", "right-now"], note: wordAndUrl("ListNote", 1000), label: longWord("ListLabel", 80), days: 30 });
const reset = await createResetLink(owner, family.id, member.userId);

process.stdout.write(
  JSON.stringify({
    familyId: family.id,
    owner,
    member,
    counselor,
    sharedCheckInId: shared.id,
    privateCheckInId: privateNote.id,
    alertCheckInId: alert.id,
    inviteToken: openInvite.token,
    connectToken: freshConnect.token,
    readingListToken: list.token,
    resetToken: reset.token,
  }),
);
process.exit(0);
