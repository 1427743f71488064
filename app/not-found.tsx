import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page">
      <h1>We could not find that page</h1>
      <p>
        Try the <Link href="/guide">guide</Link> or go to the <Link href="/">start</Link>. If someone is in danger, call{" "}
        <a href="tel:911">911</a>.
      </p>
    </div>
  );
}
