// The reference lists from the seeds in one import: App. 2 (central bodies' spheres), App. 3 (local
// spheres), App. 4 (performance indicators) and the 2019 list of evaluated bodies and their blocks.

export * from "./central-bodies";
export * from "./local-spheres";
export * from "./performance-indicators";
export * from "./evaluated-bodies";
