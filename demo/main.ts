/**
 * The demo page: every widget that exists, on the bundled demo data.
 * (The full department picker and report come with <trade-report>.)
 */
import '../src/index.ts';

const SNIPPETS: string[] = [];

const main = document.getElementById('demo')!;
if (SNIPPETS.length === 0) {
  main.innerHTML = '<section><p>Les widgets arrivent : cette page les montrera tous.</p></section>';
}
for (const snippet of SNIPPETS) {
  const section = document.createElement('section');
  const code = document.createElement('h2');
  code.textContent = snippet;
  section.append(code);
  section.insertAdjacentHTML('beforeend', snippet);
  main.append(section);
}
