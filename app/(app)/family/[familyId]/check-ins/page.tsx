import type { Metadata } from "next";
import { orNotFound, requireFamilyMember } from "@/lib/auth/guards";
import { listCheckIns } from "@/lib/family/checkins";
import { CheckInFilters } from "@/components/family/checkins/CheckInFilters";
import { CheckInList, Pagination } from "@/components/family/checkins/CheckInList";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check-ins" };

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const NOTICES: Record<string, string> = {
  saved: "Your check-in is saved.",
  updated: "Your changes are saved.",
  deleted: "The check-in was deleted.",
};

export default async function CheckInsPage({ params, searchParams }: { params: Promise<{ familyId: string }>; searchParams: Promise<Query> }) {
  const { familyId } = await params;
  const query = await searchParams;
  const basePath = `/family/${familyId}/check-ins`;
  const { user } = await requireFamilyMember(familyId, basePath);
  const list = await orNotFound(listCheckIns({ userId: user.id }, familyId, { stage: one(query.stage), authorId: one(query.person), page: one(query.page) }));
  const notice = NOTICES[one(query.done) ?? ""];
  const filtered = Boolean(list.filters.stage || list.filters.authorId);
  const first = (list.page - 1) * list.perPage + 1;
  const last = first + list.entries.length - 1;

  return (
    <>
      <h1>Check-ins</h1>
      {notice ? (
        <p role="status" className="form-success mb-4">
          {notice}
        </p>
      ) : null}
      <p>What people in this family space noted, newest first. A private check-in shows only to the person who added it.</p>
      <p>
        <a href={`${basePath}/new`} className="button">
          Add a check-in
        </a>
      </p>

      {list.total === 0 && !filtered ? (
        <div className="card">
          <h2 className="mt-0">No check-ins yet</h2>
          <p className="mb-0">
            Add your first check-in: tick the signs you noticed, and say how worried you are and how you are doing. It takes about two
            minutes.
          </p>
        </div>
      ) : (
        <>
          <CheckInFilters list={list} action={basePath} />
          {list.total === 0 ? (
            <p className="card">
              No check-ins match these choices. <a href={basePath}>Show all check-ins</a>.
            </p>
          ) : (
            <>
              <p className="muted">
                Showing {first.toLocaleString("en-US")} to {last.toLocaleString("en-US")} of {list.totalIsExact ? "" : "at least "}
                {list.total.toLocaleString("en-US")}{" "}
                {list.total === 1 ? "check-in" : "check-ins"}.
              </p>
              <CheckInList list={list} familyId={familyId} />
              <Pagination list={list} basePath={basePath} />
            </>
          )}
        </>
      )}
    </>
  );
}
