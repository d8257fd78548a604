export const dynamic = "force-dynamic";

export default function HomePage() {
  return (
    <div className="page">
      <h1>Aidflow</h1>
      <p className="lede">Loading the foundation…</p>
    </div>
  );
}
