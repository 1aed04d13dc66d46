export function App() {
  return (
    <main>
      <h1>Tokayev&apos;s bilateral meetings at the 78th UN General Assembly</h1>
      <p>An explorer of the article&apos;s knowledge graph is on its way.</p>
    </main>
  );
}
