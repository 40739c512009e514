import { viewportFor } from "@/lib/layout/viewport";

const box = { width: 500, height: 300, padding: 30, minZoom: 0.02, maxZoom: 4 };

describe("viewport framing a large view from its positions", () => {
  it("fits the nodes' extent, sizes included, and centres it", () => {
    // Extent x −10…120, y −10…70 (130 × 80); room 440 × 240 → zoom min(3.38, 3) = 3.
    const viewport = viewportFor(
      [
        { x: 0, y: 0, size: 20 },
        { x: 100, y: 50, size: 40 },
      ],
      box,
    );
    expect(viewport).toEqual({ zoom: 3, pan: { x: 85, y: 60 } });
    // The extent's centre (55, 30) lands on the canvas centre.
    expect(3 * 55 + viewport!.pan.x).toBe(250);
    expect(3 * 30 + viewport!.pan.y).toBe(150);
  });

  it("keeps the zoom within the canvas's bounds", () => {
    const one = [{ x: 10, y: 10, size: 10 }];
    expect(viewportFor(one, box)?.zoom).toBe(4);
    const far = [
      { x: -1e6, y: 0, size: 10 },
      { x: 1e6, y: 0, size: 10 },
    ];
    expect(viewportFor(far, box)?.zoom).toBe(0.02);
  });

  it("has nothing to frame without nodes", () => {
    expect(viewportFor([], box)).toBeNull();
  });
});
