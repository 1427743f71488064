import { h, s } from "hastscript";
import type { Element } from "hast";
import { DEFAULT_LOCALE, type Locale } from "./locale";
import { contentStrings } from "./strings";

/**
 * Our own drawings and the guided pause, as HTML built at build time: no images to fetch, no
 * script, readable by screen readers through their titles and captions.
 */

/** A person lying on their side in the recovery position, with the three things to get right. */
export function recoveryPositionFigure(locale: Locale = DEFAULT_LOCALE): Element {
  const words = contentStrings(locale).recovery;
  const stroke = { fill: "none", stroke: "#1f3b4d", strokeLinecap: "round", strokeLinejoin: "round" };
  return h("figure", { className: "recovery-figure" }, [
    s("svg", { viewBox: "0 0 340 170", role: "img", "aria-labelledby": "recovery-title recovery-desc", width: "100%" }, [
      s("title", { id: "recovery-title" }, words.title),
      s("desc", { id: "recovery-desc" }, words.description),
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
        s("text", { x: 10, y: 30 }, words.headLine1),
        s("text", { x: 10, y: 45 }, words.headLine2),
        s("path", { d: "M60 50 L62 66", stroke: "#a1221b", strokeWidth: 2 }),
        s("text", { x: 150, y: 158 }, words.knee),
        s("path", { d: "M222 146 L222 128", stroke: "#a1221b", strokeWidth: 2 }),
        s("text", { x: 150, y: 62 }, words.side),
        s("path", { d: "M150 68 L140 88", stroke: "#a1221b", strokeWidth: 2 }),
      ]),
    ]),
    h("figcaption", words.caption),
  ]);
}

/**
 * "Take one minute": a circle that grows as you breathe in (4 seconds) and shrinks as you breathe
 * out (6 seconds), six times. Pure CSS animation inside a <details>, so it starts when opened and
 * needs no JavaScript. With reduced motion the circle stays still and the words carry it.
 */
export function guidedPause(locale: Locale = DEFAULT_LOCALE): Element {
  const words = contentStrings(locale).pause;
  return h("details", { className: "pause" }, [
    h("summary", words.summary),
    h("div", { className: "pause-body" }, [
      h("div", { className: "pause-circle", "aria-hidden": "true" }, [
        h("span", { className: "pause-in" }, words.breatheIn),
        h("span", { className: "pause-out" }, words.breatheOut),
      ]),
      h("p", words.count),
      h("p", words.ground),
    ]),
  ]);
}
