/**
 * What a standard table is, as data: the shape of a table kind's spec (one file per kind in this folder)
 * and of the tables derived from the JSON. The registry (./index.ts) lists the specs; everything that
 * needs to know the kinds (the names a webmaster may use, the default titles, the builders, the
 * importer's title rules and readers, the CLI's report) reads them from there.
 */
import type { ColumnKey } from '../columns.js';
import type { Lang } from '../messages.js';
import type { AmountUnit, BudgetDocument, Phase, TableKind, TableLayout } from '../types.js';

/**
 * A reader a spec carries itself: a TableReader of src/import/readers.ts (tables of the kind, and the
 * document being built). Typed loosely here so that the model needs neither the importer's code nor its types.
 */
export type SpecReader = (tables: never, ctx: never) => void;

/** A text in every language the kit speaks. */
export type Text = Record<Lang, string>;

export type ColumnType = 'text' | 'code' | 'amount';

export interface TableColumn {
  /** Header text as published (zh-CN). */
  label: string;
  type: ColumnType;
  /** Upper header row this column sits under, when the table has two header rows. */
  group?: string;
  /** A second upper header, between `group` and the label, when the table has three header rows (三公 › 公务用车购置及运行费 › 购置费). */
  subgroup?: string;
  /** The key of the column: a ColumnKey ("total", "byType.basic" …) in the tables of Amounts rows; a field name in a kind of its own. */
  key?: string;
}

export interface TableRow {
  kind: 'item' | 'total' | 'subtotal' | 'heading';
  /** Classification code where the row has one. */
  code?: string;
  /** 1 类, 2 款, 3 项 for classification rows. */
  level?: number;
  /** One cell per column: text as published, amounts as decimal strings, undefined for an empty cell. */
  cells: Array<string | undefined>;
  /** For each amount cell, the JSON path of the published figure it shows (to mark reconciliation findings). */
  paths: Array<string | undefined>;
}

/** A standard table derived from the JSON, with the published structure. */
export interface StandardTable {
  kind: TableKind;
  number?: number;
  title: string;
  unit: AmountUnit;
  note?: string;
  /** The date its figures stand at (截止时间, "2023-12-31"), where the table prints one. */
  asOf?: string;
  /** The published table numbers its rows (序号) … */
  serial: boolean;
  /** … and its columns (栏次). */
  columnNumbers: boolean;
  /** It prints every 类 of the classification, empty or not (the rows a reader may hide). */
  allCategories: boolean;
  columns: TableColumn[];
  rows: TableRow[];
}

/**
 * A fixed column of a table kind: written once, for the derived table and for the importer. The built-in
 * kinds key their amount columns by ColumnKey (so the compiler checks every key); a kind registered from
 * outside may key its columns by the fields it reads (`ColumnSpec<string>`).
 */
export interface ColumnSpec<C extends string = ColumnKey> {
  /** The column's key: "total", "bySource.fiscal" … for an amount column of Amounts rows. */
  key?: C;
  type: ColumnType;
  label: Text;
  /** The upper header this column sits under. */
  group?: Text;
  /** A second upper header under `group`, over this column. */
  subgroup?: Text;
  /** How the importer finds the column: a pattern of its joined header label ("本年收入·小计"). */
  match?: RegExp;
  /** The importer reports the table's column as missing when none matches. */
  required?: boolean;
  /** The column is printed in one phase's table only (a final account's 年初结转和结余). */
  phase?: Phase;
}

/** One way of recognising a title: every word of `all`, none of `none` (spaces, year and numbering ignored). */
export interface TitleRule {
  all: string[];
  none?: string[];
}

/** The kinds of the forms in words (project performance, 机构设置 …): no table layout of the JSON; 机构设置 alone is derived, as a table of words. */
export type FormKind = 'projectPerformance' | 'overallPerformance' | 'organization' | 'expenditureNotes';

/** Every kind the registry knows at first: the tables of figures and the forms. */
export type BuiltinKind = TableKind | FormKind;

export interface TableSpec<K extends string = string, C extends string = string> {
  /** The kind's id: `tables[].kind` in the JSON, `table="…"` of `<budget-table>`. */
  kind: K;
  /** The title a table gets when the document's `tables` layout does not give one. */
  title: string;
  /** The kind's title in English, which `<budget-table lang="en">` shows above the published one. */
  englishTitle?: string;
  /** The names a webmaster may give it (`<budget-table table="收支总表">`). */
  names?: string[];
  /** How the importer recognises its title. */
  titles: {
    /** Rules of all kinds are tried in this order, lowest first (the most specific wording first). */
    precedence: number;
    rules: TitleRule[];
    /** Titles as departments publish them, by template (hebei, shanghai …): each must be recognised as this kind. */
    wordings: Record<string, string[]>;
  };
  /** Its columns, where they are fixed. */
  columns?: ColumnSpec<C>[];
  /** The table derived from the JSON, laid out as `layout` says; none for the forms and kinds not derived here. */
  derive?: (doc: BudgetDocument, layout: TableLayout) => StandardTable;
  /**
   * Whether standardTables() lists the kind when the document's `tables` layout does not: the document has
   * its data (a form, which no layout can list, or figures published without a layout entry). Listed after
   * the layout's tables.
   */
  listedWhen?: (doc: BudgetDocument) => boolean;
  /** One of the nine tables of the national template (what a document without `tables` shows). */
  nationalTemplate?: boolean;
  /** Numbered 表1 … in a disclosure, with the standard tables. */
  numbered?: boolean;
  /** A form in words, not a table of figures: it needs no unit line and is no table layout of the JSON. */
  form?: boolean;
  import?: {
    /**
     * How the importer reads the figures into the JSON: the name of a reader of src/import/readers.ts
     * (built-in kinds, so that the widgets never load the importer), or the reader itself. Absent: not read yet.
     */
    read?: string | SpecReader;
    /** Its figures are derived from the other tables (not read, and not a failure under --strict). */
    derived?: boolean;
    /** A final account's table of this kind has figures of its own, which import.ts reads (the 财政拨款收入支出决算总表's carry-overs). */
    readInFinal?: boolean;
    /** Rows counted in the report: body rows (default), every printed row, or every row below the first. */
    rows?: 'body' | 'printed' | 'printedBelowFirst';
  };
}
