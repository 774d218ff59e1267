// pdfkit's portable build (no Node APIs; fflate compresses its streams), used in Node and in browsers
// alike, so a deck's bytes never depend on where it was rendered: the build, the command line and the
// deck maker on a reader's phone give the same file for the same cards. JavaScript, because the package
// does not export this file by name; pdfkit-portable.d.ts types it.
export { default, registerStdFonts } from "../../node_modules/pdfkit/js/pdfkit.browser.mjs";
