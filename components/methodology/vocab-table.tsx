import type { ReactNode } from "react";
import { RowHeader, SimpleTable } from "@/components/ui/simple-table";

// A two- or three-column reference table for the data dictionary: the first cell of a row names it.
export function VocabTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
  return (
    <SimpleTable look="reference" caption={caption} columns={headers}>
      {rows.map((row, index) => (
        <tr key={index}>
          {row.map((cell, cellIndex) => (cellIndex === 0 ? <RowHeader key={cellIndex}>{cell}</RowHeader> : <td key={cellIndex}>{cell}</td>))}
        </tr>
      ))}
    </SimpleTable>
  );
}
