// Worksheets of the fake Excel and what hangs off them: their tables, charts, notes, frozen panes,
// protection and page layout, ranges by address or by indexes, the used range, activation and deletion.

import { rectAddress, type Rect } from "../../../src/app/cell-blocks";
import { officeError } from "./errors";
import { MAX_COLUMN, MAX_ROW, overlaps, parseRange, type FakeChart, type FakeSheet, type FakeTable } from "./model";
import { deadObject, proxyObject, rangeTarget } from "./proxy";
import { rangeAreasProxy, rangeProxy, type Scope } from "./ranges";

export function worksheetProxy(scope: Scope, sheet: FakeSheet | undefined, options: { isNull?: boolean } = {}): any {
  if (!sheet && !options.isNull) return deadObject();
  const b = scope.batch;
  const s = sheet as FakeSheet;
  const label = `Worksheet(${sheet?.name ?? "null"})`;
  return proxyObject(b, {
    label,
    isNull: options.isNull,
    props: {
      name: { get: () => s.name, set: (v) => (s.name = String(v)) },
      id: { get: () => s.id },
      visibility: { get: () => s.visibility, set: (v) => (s.visibility = String(v)) },
    },
    children: {
      tables: () =>
        proxyObject(b, {
          label: `${label}.tables`,
          methods: {
            add: ((source: object, hasHeaders: boolean) => {
              const target = rangeTarget(b, source, label);
              let table: FakeTable | undefined;
              b.op(() => {
                if (!target || target.sheet !== s) throw officeError("InvalidArgument", "tables.add needs a range of this sheet");
                if (!hasHeaders) throw officeError("InvalidArgument", "the fake expects header rows");
                if (s.tables.some((t) => overlaps(t.rect, target.rect))) throw officeError("InvalidOperation", "tables overlap");
                table = { name: `Table${scope.book.tables().length + 1}`, rect: target.rect };
                s.tables.push(table);
              });
              return tableProxy(scope, s, () => table);
            }) as never,
          },
        }),
      notes: () => notesProxy(scope, s),
      freezePanes: () =>
        proxyObject(b, {
          label: `${label}.freezePanes`,
          methods: { freezeRows: (n: number) => b.op(() => (s.frozenRows = n)) },
        }),
      protection: () =>
        proxyObject(b, {
          label: `${label}.protection`,
          methods: { protect: (options: unknown) => b.op(() => (s.protection = options ?? {})) },
        }),
      pageLayout: () =>
        proxyObject(b, {
          label: `${label}.pageLayout`,
          props: Object.fromEntries(
            ["orientation", "paperSize", "zoom"].map((key) => [key, { set: (v: unknown) => (s.pageLayout[key] = v) }]),
          ),
        }),
      charts: () =>
        proxyObject(b, {
          label: `${label}.charts`,
          methods: {
            add: ((type: string, source: object, seriesBy: string) => {
              const target = rangeTarget(b, source, label);
              const chart: FakeChart = { type, source: target?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 }, seriesBy };
              b.op(() => {
                if (!target || target.sheet !== s) throw officeError("InvalidArgument", "charts.add needs a range of this sheet");
                s.charts.push(chart);
              });
              return chartProxy(scope, chart);
            }) as never,
          },
        }),
    },
    methods: {
      getRange: ((address?: string) => {
        let rect: Rect = { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN };
        if (address !== undefined) b.op(() => (rect = parseRange(address)));
        return rangeProxy(scope, s, rect);
      }) as never,
      getRangeByIndexes: ((row: number, column: number, rowCount: number, columnCount: number) => {
        const rect: Rect = { top: row + 1, left: column + 1, bottom: row + rowCount, right: column + columnCount };
        if (row < 0 || column < 0 || rowCount < 1 || columnCount < 1 || rect.bottom > MAX_ROW || rect.right > MAX_COLUMN)
          b.op(() => {
            throw officeError("InvalidArgument", `getRangeByIndexes(${row}, ${column}, ${rowCount}, ${columnCount})`);
          });
        return rangeProxy(scope, s, rect);
      }) as never,
      getRanges: ((address: string) => rangeAreasProxy(scope, s, address)) as never,
      getUsedRangeOrNullObject: ((valuesOnly?: boolean) => {
        const used = s.usedRect(Boolean(valuesOnly));
        return rangeProxy(scope, s, used ?? { top: 1, left: 1, bottom: 1, right: 1 }, { isNull: used === undefined });
      }) as never,
      activate: () => b.op(() => (scope.book.active = s.name)),
      delete: () =>
        b.op(() => {
          const index = scope.book.sheets.indexOf(s);
          if (index < 0) throw officeError("ItemNotFound", s.name);
          scope.book.sheets.splice(index, 1);
          for (const [key, name] of scope.book.names) if (name.sheet === s.name) scope.book.names.delete(key);
        }),
    },
  });
}

export function tableProxy(scope: Scope, sheet: FakeSheet, table: () => FakeTable | undefined): any {
  const b = scope.batch;
  return proxyObject(b, {
    label: `Table(${table()?.name ?? "?"})`,
    props: {
      name: {
        get: () => table()?.name,
        set: (v) => {
          const t = table();
          if (!t) return;
          const name = String(v);
          if (scope.book.tables().some(({ table: other }) => other !== t && other.name.toLowerCase() === name.toLowerCase()))
            throw officeError("ItemAlreadyExists", `table ${name}`);
          t.name = name;
        },
      },
      style: { get: () => table()?.style, set: (v) => ((table() as FakeTable).style = String(v)) },
      showBandedRows: { get: () => table()?.showBandedRows, set: (v) => ((table() as FakeTable).showBandedRows = Boolean(v)) },
    },
    children: { worksheet: () => worksheetProxy(scope, sheet) },
  });
}

function chartProxy(scope: Scope, chart: FakeChart): any {
  const b = scope.batch;
  return proxyObject(b, {
    label: "Chart",
    children: {
      title: () => proxyObject(b, { label: "Chart.title", props: { text: { set: (v) => (chart.title = String(v)) } } }),
      legend: () => proxyObject(b, { label: "Chart.legend", props: { visible: { set: (v) => (chart.legendVisible = Boolean(v)) } } }),
      series: () =>
        proxyObject(b, {
          label: "Chart.series",
          methods: {
            getItemAt: ((i: number) =>
              proxyObject(b, {
                label: `Chart.series(${i})`,
                methods: {
                  setXAxisValues: (range: object) => b.op(() => (chart.categories = rangeTarget(b, range, "setXAxisValues")?.rect)),
                },
              })) as never,
          },
        }),
    },
    methods: { setPosition: (from: string, to: string) => b.op(() => (chart.position = [from, to])) },
  });
}

// ------------------------------------------------------------ notes and comments

export function noteProxy(scope: Scope, sheet: FakeSheet, address: string, options: { isNull?: boolean } = {}): any {
  const b = scope.batch;
  return proxyObject(b, {
    label: `Note(${sheet.name}!${address})`,
    isNull: options.isNull,
    props: {
      content: {
        get: () => sheet.notes.get(address),
        set: (v) => {
          if (!sheet.notes.has(address)) throw officeError("ItemNotFound", `no note at ${address}`);
          sheet.notes.set(address, String(v));
        },
      },
    },
    methods: {
      delete: () =>
        b.op(() => {
          if (!sheet.notes.delete(address)) throw officeError("ItemNotFound", `no note at ${address}`);
        }),
      getLocation: (() => rangeProxy(scope, sheet, parseRange(address))) as never,
    },
  });
}

function notesProxy(scope: Scope, sheet: FakeSheet): any {
  const b = scope.batch;
  return proxyObject(b, {
    label: `${sheet.name}.notes`,
    methods: {
      add: ((cell: string, content: string) => {
        b.op(() => {
          const address = rectAddress(parseRange(cell));
          if (sheet.notes.has(address) || sheet.comments.has(address))
            throw officeError("InvalidOperation", `the cell ${address} already has a note or comment`);
          sheet.notes.set(address, String(content));
        });
        return noteProxy(scope, sheet, cell);
      }) as never,
      getItem: ((cell: string) => {
        b.op(() => {
          if (!sheet.notes.has(cell)) throw officeError("ItemNotFound", `no note at ${cell}`);
        });
        return noteProxy(scope, sheet, cell);
      }) as never,
      getItemOrNullObject: ((cell: string) => noteProxy(scope, sheet, cell, { isNull: !sheet.notes.has(cell) })) as never,
    },
  });
}
