/** The bundled sample workbook, inlined by webpack as a data URL (asset/inline). */
declare module "*.xlsx" {
  const dataUrl: string;
  export default dataUrl;
}
