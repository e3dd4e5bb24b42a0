// The workbook object of the fake Excel: its collections — worksheets (with their change event), tables,
// names, notes and comments — as Office.js offers them, each `items` readable after load and sync.

import { officeError } from "./errors";
import { eventHandlers } from "./events";
import { parseRange, type FakeSheet } from "./model";
import { deadObject, proxyCollection, proxyObject, rangeTarget } from "./proxy";
import { rangeProxy, type Scope } from "./ranges";
import { noteProxy, tableProxy, worksheetProxy } from "./sheets";

/** worksheets.getItem: a missing sheet fails the batch at its place in the queue (ItemNotFound). */
function sheetOrFail(scope: Scope, name: string): FakeSheet | undefined {
  const sheet = scope.book.sheet(name);
  if (!sheet)
    scope.batch.op(() => {
      throw officeError("ItemNotFound", `The requested resource doesn't exist (${name}).`);
    });
  return sheet;
}

export function workbookProxy(scope: Scope): any {
  const { book, batch: b } = scope;
  return proxyObject(b, {
    label: "Workbook",
    children: {
      worksheets: () =>
        proxyCollection(
          b,
          "worksheets",
          () => book.sheets.map((sheet) => worksheetProxy(scope, sheet)),
          {
            getItem: ((name: string) => worksheetProxy(scope, sheetOrFail(scope, name))) as never,
            getItemOrNullObject: ((name: string) => {
              const sheet = book.sheet(name);
              return worksheetProxy(scope, sheet, { isNull: sheet === undefined });
            }) as never,
            add: ((name: string) => {
              let sheet: FakeSheet | undefined;
              b.op(() => {
                if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw officeError("InvalidArgument", `bad sheet name ${name}`);
                if (book.sheet(name)) throw officeError("ItemAlreadyExists", `sheet ${name}`);
                sheet = book.addSheet(name);
              });
              return sheet ? worksheetProxy(scope, sheet) : deadObject();
            }) as never,
          },
          { onChanged: () => eventHandlers(b, scope.events, "worksheets.onChanged") },
        ),
      tables: () => proxyCollection(b, "tables", () => book.tables().map(({ table, sheet }) => tableProxy(scope, sheet, () => table))),
      names: () =>
        proxyCollection(
          b,
          "names",
          () =>
            Array.from(book.names.values()).map((item) =>
              proxyObject(b, { label: `Name(${item.name})`, props: { name: { get: () => item.name } } }),
            ),
          {
            add: (name: string, reference: object) => {
              b.op(() => {
                const target = rangeTarget(b, reference, "names.add()");
                if (!target) throw officeError("InvalidArgument", "names.add needs a range");
                if (book.names.has(name.toLowerCase())) throw officeError("ItemAlreadyExists", `name ${name}`);
                book.names.set(name.toLowerCase(), { name, sheet: target.sheet.name, rect: target.rect });
              });
            },
            getItem: ((name: string) =>
              proxyObject(b, {
                label: `Name(${name})`,
                methods: {
                  delete: () =>
                    b.op(() => {
                      if (!book.names.delete(name.toLowerCase())) throw officeError("ItemNotFound", `name ${name}`);
                    }),
                },
              })) as never,
          },
        ),
      notes: () =>
        proxyCollection(b, "notes", () =>
          book.sheets.flatMap((sheet) => Array.from(sheet.notes.keys()).map((address) => noteProxy(scope, sheet, address))),
        ),
      comments: () =>
        proxyCollection(b, "comments", () =>
          book.sheets.flatMap((sheet) =>
            Array.from(sheet.comments).map((address) =>
              proxyObject(b, {
                label: `Comment(${address})`,
                props: { id: { get: () => `${sheet.name}!${address}` } },
                methods: { getLocation: (() => rangeProxy(scope, sheet, parseRange(address))) as never },
              }),
            ),
          ),
        ),
    },
  });
}
