import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lenientParse } from "@/lib/views/lenient-parse";

const shape = {
  unit: z.enum(["money", "people"]).default("money"),
  log: z.enum(["true", "false"]).default("false"),
};

describe("lenientParse", () => {
  it("keeps valid parameters and reports nothing", () => {
    const { value, notices } = lenientParse(shape, { unit: "people" });
    expect(value).toEqual({ unit: "people", log: "false" });
    expect(notices).toEqual([]);
  });

  it("drops invalid, unknown and repeated parameters with a notice each", () => {
    const { value, notices } = lenientParse(shape, { unit: "tons", colour: "red", log: ["true", "false"] });
    expect(value).toEqual({ unit: "money", log: "false" });
    expect(notices.map((notice) => notice.param).sort()).toEqual(["colour", "log", "unit"]);
  });
});
