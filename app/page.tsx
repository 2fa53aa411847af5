export default function Page() {
  return (
    <main className="p-4">
      <h1 className="text-base font-semibold">Entryway</h1>
    </main>
  );
}
