import { describe, expect, it } from "vitest";
import type { SessionUser } from "./sessions";
import { pathForState, safeNextPath } from "./sign-in-steps";

const user = { id: 1 } as SessionUser;

describe("safeNextPath", () => {
  it("keeps admin paths and refuses everything else (no open redirect)", () => {
    expect(safeNextPath("/admin/users?x=1")).toBe("/admin/users?x=1");
    expect(safeNextPath("/admin")).toBe("/admin");
    for (const bad of ["https://evil.example/admin", "//evil.example", "/administrator", "/admin\\..\\x", "/en", "", null, undefined]) {
      expect(safeNextPath(bad)).toBe("/admin");
    }
  });
});

describe("pathForState", () => {
  it("sends each unfinished sign-in to its step, carrying where the user was going", () => {
    expect(pathForState({ status: "anonymous" }, "/admin/users")).toBe("/login?next=%2Fadmin%2Fusers");
    expect(pathForState({ status: "second_factor_due", user }, "/admin")).toBe("/login/verify?next=%2Fadmin");
    expect(pathForState({ status: "password_change_due", user }, "/admin")).toBe("/login/new-password?next=%2Fadmin");
    expect(pathForState({ status: "enrolment_due", user }, "https://evil.example")).toBe("/login/two-factor?next=%2Fadmin");
    expect(pathForState({ status: "active", user }, "/admin")).toBeNull();
  });
});
