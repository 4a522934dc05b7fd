// The rule pages' text lives in src/report/rule-docs.ts, so that
// `phi-lint explain <id>` prints what docs/rules/<id>.md says (run `npm run build` first).
export { DOCS_DIR, indexPage, ruleDocPath, ruleDocs, rulePage } from '../dist/report/rule-docs.js';
