// Format CSL-JSON items with citeproc-js (the engine inside Zotero), for comparison tests and benchmarks.
//   node format.js STYLE.csl LOCALES_DIR ITEMS.json [MORE_ITEMS.json ...] [text|html] > OUT.json
// Prints a JSON object: {"entries": {id: formatted entry}, "order": [ids], "seconds": n}; for several
// files of items, {"runs": [one such object per file]}, each a bibliography of its own, made by the one
// engine (its making, with the style's, takes the most time of a run).
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

const args = process.argv.slice(2);
const format = ["text", "html"].includes(args[args.length - 1]) ? args.pop() : "text";
const [stylePath, localesDir, ...itemsPaths] = args;
const byId = {};
const sys = {
  retrieveLocale: (lang) => {
    const file = path.join(localesDir, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : fs.readFileSync(path.join(localesDir, "locales-en-US.xml"), "utf8");
  },
  retrieveItem: (id) => byId[id],
};
const started = process.hrtime.bigint();
const engine = new CSL.Engine(sys, fs.readFileSync(stylePath, "utf8"), "en-US");
engine.setOutputFormat(format);

function bibliography(itemsPath, since) {
  const items = JSON.parse(fs.readFileSync(itemsPath, "utf8"));
  items.forEach((item) => { byId[String(item.id)] = item; });
  engine.updateItems(items.map((item) => String(item.id)));
  const [params, entries] = engine.makeBibliography();
  const out = {};
  params.entry_ids.forEach((ids, i) => { out[ids[0]] = entries[i].trim(); });
  const seconds = Number(process.hrtime.bigint() - since) / 1e9;
  return { entries: out, order: params.entry_ids.map((x) => x[0]), seconds };
}

const runs = itemsPaths.map((itemsPath, i) => bibliography(itemsPath, i === 0 ? started : process.hrtime.bigint()));
process.stdout.write(JSON.stringify(runs.length === 1 ? runs[0] : { runs }));
