import { describe, expect, it } from "vitest";
import { nearestInDirection } from "./nearestInDirection";

describe("nearestInDirection", () => {
  const centre = { id: "c", x: 0, y: 0 };
  const nodes = [
    centre,
    { id: "right-near", x: 10, y: 2 },
    { id: "right-far", x: 50, y: 0 },
    { id: "up", x: 0, y: -20 },
    { id: "down-right", x: 15, y: 15 },
  ];

  it("moves to the nearest node in the arrow's direction", () => {
    expect(nearestInDirection(centre, nodes, "right")?.id).toBe("right-near");
    expect(nearestInDirection(centre, nodes, "up")?.id).toBe("up");
  });

  it("accepts nodes up to 60° off the direction, preferring those straight ahead", () => {
    expect(nearestInDirection(centre, nodes, "down")?.id).toBe("down-right");
  });

  it("finds nothing where there is nothing", () => {
    expect(nearestInDirection(centre, nodes, "left")).toBeUndefined();
  });
});
