// Format CSL-JSON items with citeproc-js (the engine inside Zotero), for comparison tests and benchmarks.
//   node format.js STYLE.csl LOCALES_DIR ITEMS.json [text|html] > OUT.json
// Prints a JSON object: {"entries": {id: formatted entry}, "order": [ids], "seconds": n}.
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

const [stylePath, localesDir, itemsPath, format = "text"] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(itemsPath, "utf8"));
const byId = Object.fromEntries(items.map((item) => [String(item.id), item]));
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
engine.updateItems(items.map((item) => String(item.id)));
const [params, entries] = engine.makeBibliography();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const out = {};
params.entry_ids.forEach((ids, i) => { out[ids[0]] = entries[i].trim(); });
process.stdout.write(JSON.stringify({ entries: out, order: params.entry_ids.map((x) => x[0]), seconds }));
