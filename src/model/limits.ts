/**
 * The bounds the kit puts on untrusted input, in one place. Every value is far above what any real
 * disclosure needs (a province's budget has a few thousand codes and 14-digit amounts in 元) and low
 * enough that no input within them can freeze a page, exhaust memory or lose a digit. docs/security.md
 * lists them with what happens when each is exceeded; the schema carries the ones a JSON validator can
 * express (maxLength, maxItems, the amount pattern), so another validator enforces the same.
 */
export const LIMITS = {
  /** Bytes of a budget JSON the loader fetches or the CLI reads. */
  fileBytes: 8 * 1024 * 1024,
  /** Digits before the decimal point of an amount (10^20 元 is far beyond any budget). */
  amountIntegerDigits: 20,
  /**
   * Digits after it. With the integer bound, a sum of a million amounts stays within the 40 significant
   * digits of the kit's Decimal, so every figure and every check is exact.
   */
  amountFractionDigits: 10,
  /** Characters of a name, title, label or code: what a chart label or a table cell shows. */
  nameLength: 500,
  /** Characters of any other text (a paragraph of the written part, a note, a goal). */
  textLength: 20_000,
  /**
   * Items of any one array. The classifications (functional and economic codes) may have this many; the
   * lists a reader reads whole have tighter bounds in the schema: goals, indicators, measures, glossary,
   * changes, sections and organization units 1,000, projects 2,000, paragraphs of a section and procurement
   * rows 10,000, schedule periods and 三公 items 100.
   */
  arrayItems: 100_000,
  /** Levels of nesting the validator follows (the standard itself needs fewer than 10). */
  depth: 32,
  /** Problems collected per file; the rest are counted ("and 12,345 more"). */
  issues: 200,
  /** Budgets the page-wide loader keeps after they loaded (older ones are fetched again when asked). */
  cachedBudgets: 16,

  // The importer (.docx / .xlsx)
  /** Bytes of a document given to `budget-kit import`. */
  importFileBytes: 32 * 1024 * 1024,
  /** Bytes one zip entry may inflate to, counted while inflating. */
  zipEntryBytes: 48 * 1024 * 1024,
  /** Bytes all the entries read from one document may inflate to together. */
  zipTotalBytes: 96 * 1024 * 1024,
  /** Columns a merged cell may span (Word allows at most 63 columns in a table). */
  cellSpan: 64,
  /** Columns of one table or sheet. */
  tableColumns: 256,
  /** Cells (rows × columns) of one table or sheet. */
  tableCells: 1_000_000,
  /**
   * Cells of all the tables of one .docx, or all the sheets of one .xlsx, together: each table within
   * tableCells, and not so many of them that their grids (a few copies each while importing) exhaust memory.
   */
  documentCells: 4_000_000,
  /**
   * Sheets of one workbook (a disclosure has a few dozen). The sheet reader's work grows with the square of
   * their number.
   */
  workbookSheets: 1_000,
  /** Decimals a workbook number format may print (a figure with more is not a published amount). */
  formatDecimals: 20,
} as const;
