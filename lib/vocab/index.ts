export * from "./terms";
export * from "./categories";
export * from "./units";
