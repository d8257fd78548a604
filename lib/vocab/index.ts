export * from "./terms";
export * from "./units";
