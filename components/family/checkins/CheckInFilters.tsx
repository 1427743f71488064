import type { CheckInList } from "@/lib/family/checkins";
import { SelectField } from "./SelectField";

/** Filters for the timeline: a plain GET form, so the filtered list has its own address. */
export function CheckInFilters({ list, action }: { list: CheckInList; action: string }) {
  const filtered = Boolean(list.filters.stage || list.filters.authorId);
  return (
    <form method="get" action={action} className="card grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label="Filter check-ins">
      <SelectField
        name="stage"
        label="Stage"
        value={list.filters.stage}
        options={[{ value: "", label: "All stages" }, ...list.stages.map((s) => ({ value: s.id, label: `${s.name} signs` }))]}
      />
      <SelectField
        name="person"
        label="Added by"
        value={list.filters.authorId}
        options={[
          { value: "", label: "Everyone" },
          ...list.people.map((p) => ({ value: p.id, label: p.isYou ? `You (${p.name})` : p.name })),
        ]}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="button">
          Show
        </button>
        {filtered ? <a href={action}>Clear filters</a> : null}
      </div>
    </form>
  );
}
