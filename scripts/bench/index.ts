// `npm run bench`: every benchmark of the project, each printing its own table. Not a test.
// `npm run bench -- ner speed` runs only the named ones.
const suites: Record<string, () => Promise<void>> = {
  ner: async () => (await import('./ner')).run(),
  ecbplus: async () => (await import('./ecbplus')).run(),
  dates: async () => (await import('./dates')).run(),
  claims: async () => (await import('./claims')).run(),
  editor: async () => (await import('./editor')).run(),
  speed: async () => (await import('./speed')).run(),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => a in suites);
  for (const name of wanted.length > 0 ? wanted : Object.keys(suites)) {
    const start = performance.now();
    await suites[name]();
    console.log(`\n(${name}: ${((performance.now() - start) / 1000).toFixed(1)} s)`);
  }
}

void main();
