/**
 * Writing CSV the way the reader (and spreadsheets) read it back: RFC 4180 quoting — a cell holding
 * the delimiter, a quote, CR or LF is quoted with its quotes doubled — plus cells with leading or
 * trailing spaces, which would otherwise lose them to a trimming reader. Records end with CRLF.
 */
export function formatCsvRecord(cells: readonly string[], delimiter: string): string {
  return `${cells.map((cell) => quoteCsvCell(cell, delimiter)).join(delimiter)}\r\n`;
}

export function quoteCsvCell(cell: string, delimiter: string): string {
  const needsQuotes = cell.includes('"') || cell.includes(delimiter) || cell.includes("\n") || cell.includes("\r") || cell !== cell.trim();
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}
