// Excel's last row is 1,048,576; one holds the header. Kept apart from the writer so that the
// download menus (client components) can say so without loading exceljs.
export const XLSX_MAX_DATA_ROWS = 1_048_575;
