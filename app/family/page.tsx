import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listFamilies } from "@/lib/family/families";
import { CreateFamilyForm } from "@/components/family/CreateFamilyForm";

export const metadata: Metadata = { title: "Your families", robots: { index: false, follow: false } };

export default async function FamiliesPage() {
  const user = await requireUser("/family");
  const families = await listFamilies({ userId: user.id });
  return (
    <div className="page">
      <h1>Your family space</h1>
      {families.length > 0 ? (
        <ul className="doors">
          {families.map((family) => (
            <li key={family.id}>
              <a href={`/family/${family.id}`} className="door">
                <span className="door-title">{family.name}</span>
                <span className="door-text">{family.role === "owner" ? "You own this space" : "You are a member"}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          A private place for your family to note the warning signs you see, spot a drift early, and keep a safety plan
          together. Start by creating your family space. Then invite the people who help.
        </p>
      )}
      <h2>{families.length ? "Create another family space" : "Create your family space"}</h2>
      <CreateFamilyForm />
      <p className="muted">
        <a href="/account">Your account</a>
      </p>
    </div>
  );
}
