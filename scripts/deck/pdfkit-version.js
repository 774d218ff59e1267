// The installed pdfkit's version, alone: a named import, so bundlers keep only this field of its package.json.
// (JavaScript, not TypeScript: TypeScript's NodeNext mode refuses named imports from JSON; tsx, vitest and esbuild allow them.)
export { version } from "../../node_modules/pdfkit/package.json";
