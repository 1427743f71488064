import { Moment } from "@/components/ui/Moment";
import type { Metadata } from "next";
import { requireCounselorPage } from "@/lib/auth/counselor-guard";
import { listReadingLists } from "@/lib/counselor/reading-lists";
import { getGuidePages, getPage } from "@/lib/content";
import { ReadingListForm, RevokeReadingListForm } from "@/components/counselor/CounselorForms";
import { createReadingListAction, revokeReadingListAction } from "../actions";
import { SignedIn } from "@/components/ui/SignedIn";

export const metadata: Metadata = { title: "Shared reading lists" };

const STATUS = { active: "Active", expired: "Ended (past its date)", revoked: "Ended by you" } as const;

export default async function ReadingListsPage() {
  const counselor = await requireCounselorPage("/counselor/links");
  const lists = await listReadingLists({ userId: counselor.userId });
  const pages = [getPage("right-now")!, ...getGuidePages()].map((page) => ({ value: page.slug, label: page.title }));
  return (
    <div className="page">
      <SignedIn />
      <p className="muted">
        <a href="/counselor" className="tap">Counselor home</a>
      </p>
      <h1>Shared reading lists</h1>
      <h2>Share guide pages with a family</h2>
      <ReadingListForm action={createReadingListAction} pages={pages} />
      <h2>Your links</h2>
      {lists.length === 0 ? (
        <p>You have not shared any links yet.</p>
      ) : (
        <ul className="card-list">
          {lists.map((list) => (
            <li key={list.id} className="card">
              <strong>{list.label ?? "No label"}</strong> · {STATUS[list.status]} · opened {list.openCount}{" "}
              {list.openCount === 1 ? "time" : "times"}
              <br />
              <span className="muted">
                Created <Moment date={list.createdAt} dayOnly />, {list.status === "active" ? "ends" : "ended"}{" "}
                <Moment date={list.revokedAt ?? list.expiresAt} dayOnly /> · {list.pages.length} {list.pages.length === 1 ? "page" : "pages"}
              </span>
              {list.status === "active" ? <RevokeReadingListForm action={revokeReadingListAction.bind(null, list.id)} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
