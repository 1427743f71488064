import { partGuide, type PlanPartId } from "./parts";

/** "Help with this part": the guide page behind a plan part. Not printed: paper needs the plan, not links. */
export function PartGuideLink({ id }: { id: PlanPartId }) {
  const guide = partGuide(id);
  return (
    <p className="muted m-0 text-[0.95rem] print:hidden">
      Help with this part: <a href={guide.href}>{guide.title}</a>
    </p>
  );
}
