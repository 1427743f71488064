import { h, s } from "hastscript";
import type { Element } from "hast";

/**
 * Our own drawings and the guided pause, as HTML built at build time: no images to fetch, no
 * script, readable by screen readers through their titles and captions.
 */

/** A person lying on their side in the recovery position, with the three things to get right. */
export function recoveryPositionFigure(): Element {
  const stroke = { fill: "none", stroke: "#1f3b4d", strokeLinecap: "round", strokeLinejoin: "round" };
  return h("figure", { className: "recovery-figure" }, [
    s("svg", { viewBox: "0 0 340 170", role: "img", "aria-labelledby": "recovery-title recovery-desc", width: "100%" }, [
      s("title", { id: "recovery-title" }, "The recovery position"),
      s(
        "desc",
        { id: "recovery-desc" },
        "A person lies on their side on the floor. Their head is tilted back and rests on their hand. Their top knee is bent and rests on the floor in front of them, so they cannot roll onto their face.",
      ),
      s("line", { x1: 10, y1: 132, x2: 330, y2: 132, stroke: "#b8c2c8", strokeWidth: 3 }),
      // bottom arm, reaching forward along the floor
      s("path", { ...stroke, strokeWidth: 9, d: "M92 110 L60 124 L28 124" }),
      // body
      s("path", { ...stroke, strokeWidth: 22, d: "M96 100 L178 104" }),
      // bottom leg, straight
      s("path", { ...stroke, strokeWidth: 12, d: "M180 110 L250 118 L300 122" }),
      // top leg, knee bent forward onto the floor
      s("path", { ...stroke, strokeWidth: 12, d: "M182 98 L222 122 L246 102" }),
      // top arm, hand under the cheek
      s("path", { ...stroke, strokeWidth: 9, d: "M104 92 L88 116 L62 104" }),
      // head, tilted back
      s("circle", { cx: 62, cy: 86, r: 17, fill: "#1f3b4d" }),
      s("g", { fontFamily: "system-ui, sans-serif", fontSize: 12, fill: "#1b2a33" }, [
        s("text", { x: 10, y: 30 }, "Head tilted back,"),
        s("text", { x: 10, y: 45 }, "resting on their hand"),
        s("path", { d: "M60 50 L62 66", stroke: "#a1221b", strokeWidth: 2 }),
        s("text", { x: 150, y: 158 }, "Top knee bent, on the floor"),
        s("path", { d: "M222 146 L222 128", stroke: "#a1221b", strokeWidth: 2 }),
        s("text", { x: 150, y: 62 }, "On their side, not their back"),
        s("path", { d: "M150 68 L140 88", stroke: "#a1221b", strokeWidth: 2 }),
      ]),
    ]),
    h("figcaption", "The recovery position. Use it once they are breathing, and stay with them."),
  ]);
}

/**
 * "Take one minute": a circle that grows as you breathe in (4 seconds) and shrinks as you breathe
 * out (6 seconds), six times. Pure CSS animation inside a <details>, so it starts when opened and
 * needs no JavaScript. With reduced motion the circle stays still and the words carry it.
 */
export function guidedPause(): Element {
  return h("details", { className: "pause" }, [
    h("summary", "Take one minute to breathe before you do anything else"),
    h("div", { className: "pause-body" }, [
      h("div", { className: "pause-circle", "aria-hidden": "true" }, [
        h("span", { className: "pause-in" }, "Breathe in"),
        h("span", { className: "pause-out" }, "Breathe out"),
      ]),
      h("p", "Breathe in slowly while you count to 4. Breathe out while you count to 6. Do this six times. That is one minute."),
      h("p", "Your feet are on the floor. You can do the next thing, one step at a time."),
    ]),
  ]);
}
