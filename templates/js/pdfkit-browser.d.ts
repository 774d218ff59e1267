// Types for the pdfkit module the browser bundle imports that @types/pdfkit does not describe.
declare module "pdfkit/standard-fonts/Helvetica" {
  const metrics: object;
  export default metrics;
}
