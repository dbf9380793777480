/** The numbers behind a chart as rows of text: what the chart's data-table view shows. */
export interface DataTable {
  columns: string[];
  rows: string[][];
}
