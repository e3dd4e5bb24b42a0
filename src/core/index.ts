// The scoring core's public surface: parse an evaluation, score it, print the result contract.
// Pure and synchronous: no Excel, no files, no clock.

export * from "./model";
export * from "./issues";
export * from "./numbers";
export * from "./rules";
export * from "./profile";
export * from "./trace";
export * from "./sink";
export * from "./counted-mean";
export * from "./measure-achievement";
export * from "./goals";
export * from "./coefficients";
export * from "./quality";
export * from "./risks";
export * from "./performance";
export * from "./performance-directions";
export * from "./penalties";
export * from "./reporting-completeness";
export * from "./counts";
export * from "./score";
export * from "./refusal";
export * from "./json-reader";
export * from "./written-values";
export * from "./parse-profile";
export * from "./parse";
export * from "./result-json";
export * from "./calendar";
export * from "./appeal";
export * from "./history";
