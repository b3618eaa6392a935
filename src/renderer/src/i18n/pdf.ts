// Texts of the PDF page view (components/pdf), used wherever a PDF is shown in the program.
export const pdfText = {
  pageLabel: (page: number, pageCount: number) => `Side ${page} av ${pageCount}`,
  drawingPages: 'Tegner sidene …',
};
