// Types for the standard-font metrics pdfkit ships, which @types/pdfkit does not describe.
declare module "pdfkit/standard-fonts/Helvetica" {
  const metrics: object;
  export default metrics;
}
