import { PLAN_PARTS, partAnchor } from "./parts";

/** Jump links to the plan's parts, shared by the plan and its edit form. */
export function PlanPartsNav({ heading }: { heading: string }) {
  return (
    <nav aria-label="Parts of the plan" className="my-4">
      <h2 className="sr-only">{heading}</h2>
      <ol className="m-0 grid list-decimal gap-x-6 pl-6 text-[0.95rem] sm:grid-cols-2">
        {PLAN_PARTS.map((p) => (
          <li key={p.id}>
            <a href={`#${partAnchor(p.id)}`} className="tap">
              {p.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
