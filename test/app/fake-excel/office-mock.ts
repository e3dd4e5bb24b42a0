// office-addin-mock's OfficeMockObject, loaded the one way Jest can: office-addin-mock imports
// office-addin-manifest only for its OfficeApp names, whose ES-module-only dependency Jest cannot load.

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import { OfficeMockObject } from "office-addin-mock";

export { OfficeMockObject };
