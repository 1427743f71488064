// A family that shares its check-in summary with a counselor, for tests/e2e/summary-table.spec.ts:
// made through lib/ and better-auth, as the app does, and printed as JSON (ids, session cookies).
// Run with: node --conditions=react-server --import tsx tests/e2e/support/make-summary-world.ts
import { acceptConnectionInvite, createConnectionInvite } from "@/lib/counselor/connections";
import { becomeCounselor } from "@/lib/counselor/profile";
import { createCheckIn } from "@/lib/family/checkins";
import { createFamily } from "@/lib/family/families";
import { person } from "../../support/world";

const owner = await person("Rosa");
const counselor = await person("Jordan");
const family = await createFamily(owner, { name: "The Rivera family" });
for (const signs of [["emotional.isolating"], ["emotional.isolating", "mental.cravings"], []]) {
  await createCheckIn(owner, family.id, { date: undefined, signs, triggers: [], worry: "3", wellbeing: "3", note: "", visibility: "family" });
}
await becomeCounselor(counselor, { organization: "Harbor" });
const connect = await createConnectionInvite(counselor);
await acceptConnectionInvite(owner, connect.token, family.id, "plan_summary");
process.stdout.write(JSON.stringify({ familyId: family.id, owner, counselor }));
process.exit(0);
