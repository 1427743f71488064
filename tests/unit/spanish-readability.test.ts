import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fernandezHuerta, measureSpanish, SPANISH_MIN_SCORE } from "@/scripts/lib/readability-es";
import { spanishSyllables } from "@/scripts/lib/spanish-syllables";
import { gradeSpanishPages } from "@/scripts/grade-spanish";

/**
 * Hand-checked syllable counts, each divided by hand (RAE orthographic syllables). The domain
 * words of the Spanish glossary come first, then the rules one by one.
 */
const WORDS: [string, number][] = [
  // Our terms
  ["opioides", 3], // o-pioi-des (i-o-i: triphthong)
  ["opioide", 3], // o-pioi-de
  ["naloxona", 4], // na-lo-xo-na
  ["buprenorfina", 5], // bu-pre-nor-fi-na
  ["metadona", 4], // me-ta-do-na
  ["naltrexona", 4], // nal-tre-xo-na
  ["sobredosis", 4], // so-bre-do-sis
  ["fentanilo", 4], // fen-ta-ni-lo
  ["recaída", 4], // re-ca-í-da (í breaks the diphthong)
  ["tiras", 2], // ti-ras
  ["reactivas", 4], // re-ac-ti-vas (e-a: two open vowels)
  ["ayuda", 3], // a-yu-da (y before a vowel is a consonant)
  ["llame", 2], // lla-me
  ["guía", 2], // guí-a (silent u; í-a hiatus)
  ["reúne", 3], // re-ú-ne
  ["aún", 2], // a-ún
  ["medicamento", 5], // me-di-ca-men-to
  ["tratamiento", 4], // tra-ta-mien-to
  ["emergencia", 4], // e-mer-gen-cia
  ["respiración", 4], // res-pi-ra-ción
  ["ambulancia", 4], // am-bu-lan-cia
  ["heroína", 4], // he-ro-í-na
  ["cocaína", 4], // co-ca-í-na
  ["xilacina", 4], // xi-la-ci-na
  ["abstinencia", 4], // abs-ti-nen-cia
  ["consejería", 5], // con-se-je-rí-a
  ["confidencial", 4], // con-fi-den-cial
  ["gratuita", 3], // gra-tui-ta
  ["línea", 3], // lí-ne-a
  ["crisis", 2], // cri-sis
  ["marque", 2], // mar-que (silent u)
  ["envíe", 3], // en-ví-e
  ["español", 3], // es-pa-ñol
  ["intérprete", 4], // in-tér-pre-te
  ["familia", 3], // fa-mi-lia
  ["usted", 2], // us-ted
  ["señales", 3], // se-ña-les
  ["pastillas", 3], // pas-ti-llas
  ["oxígeno", 4], // o-xí-ge-no
  ["despierta", 3], // des-pier-ta
  ["labios", 2], // la-bios
  ["pupilas", 3], // pu-pi-las
  ["náuseas", 3], // náu-se-as
  ["diarrea", 3], // dia-rre-a
  ["vómitos", 3], // vó-mi-tos
  ["ansiedad", 3], // an-sie-dad
  ["farmacia", 3], // far-ma-cia
  ["dosis", 2], // do-sis
  ["apoyo", 3], // a-po-yo
  ["confianza", 3], // con-fian-za
  ["paciencia", 3], // pa-cien-cia
  // Hiatus: two open vowels, or an open vowel with accented í/ú
  ["día", 2], // dí-a
  ["río", 2], // rí-o
  ["baúl", 2], // ba-úl
  ["país", 2], // pa-ís
  ["oído", 3], // o-í-do
  ["leer", 2], // le-er
  ["creer", 2], // cre-er
  ["poeta", 3], // po-e-ta
  ["teatro", 3], // te-a-tro
  ["aéreo", 4], // a-é-re-o
  ["caer", 2], // ca-er
  ["chiita", 3], // chi-i-ta (the same closed vowel twice)
  // Diphthongs: a closed vowel with an open one, or two different closed vowels
  ["ciudad", 2], // ciu-dad
  ["cuidado", 3], // cui-da-do
  ["ruido", 2], // rui-do
  ["fui", 1], // fui
  ["construí", 2], // cons-truí (ui stays a diphthong even with the accent)
  ["cuídese", 3], // cuí-de-se
  ["huevo", 2], // hue-vo
  ["bienestar", 3], // bie-nes-tar
  ["reunión", 2], // reu-nión
  ["aislado", 3], // ais-la-do
  ["veinte", 2], // vein-te
  ["cuáles", 2], // cuá-les
  ["agua", 2], // a-gua (u before a is said)
  // Triphthongs
  ["buey", 1], // buey
  ["Uruguay", 3], // U-ru-guay
  ["averiguáis", 4], // a-ve-ri-guáis
  ["estudiáis", 3], // es-tu-diáis
  // Silent u in que/qui/gue/gui; ü is said
  ["que", 1], // que
  ["quién", 1], // quién
  ["quiero", 2], // quie-ro
  ["tranquilo", 3], // tran-qui-lo
  ["guerra", 2], // gue-rra
  ["siguiente", 3], // si-guien-te
  ["Miguel", 2], // Mi-guel
  ["guion", 1], // guion (a monosyllable since the RAE's 2010 spelling)
  ["seguro", 3], // se-gu-ro (u before r is said)
  ["pingüino", 3], // pin-güi-no
  ["vergüenza", 3], // ver-güen-za
  ["antigüedad", 4], // an-ti-güe-dad
  // y as a vowel at the end of a word, a consonant before a vowel
  ["hoy", 1], // hoy
  ["muy", 1], // muy
  ["hay", 1], // hay
  ["estoy", 2], // es-toy
  ["ley", 1], // ley
  ["leyes", 2], // le-yes
  ["y", 1], // y
  ["yo", 1], // yo
  // h between vowels does not separate them
  ["ahora", 3], // a-ho-ra (a-o: hiatus anyway)
  ["alcohol", 3], // al-co-hol
  ["ahí", 2], // a-hí
  ["búho", 2], // bú-ho
  ["prohíbe", 3], // pro-hí-be
  ["vehículo", 4], // ve-hí-cu-lo
  ["ahumado", 3], // ahu-ma-do (a-u diphthong across the h)
  // Capitals, acronyms, hyphens, figures
  ["Llame", 2], // Lla-me
  ["AYUDA", 3], // a-yu-da (a long acronym-looking word is read as a word)
  ["SAMHSA", 2], // sam-sa (read as a word)
  ["CDC", 3], // ce-de-ce (spelled out)
  ["FDA", 4], // e-fe-de-a
  ["VIH", 5], // u-ve-i-ha-che (initials, though it looks like one syllable)
  ["NO", 1], // no (a word in capitals for emphasis, not initials)
  ["SÍ", 1], // sí
  ["Al-Anon", 3], // al-a-non
  ["911", 1], // a figure: one syllable, as in the English measure
  ["1-800-662-4357", 1], // a phone number: one figure
];

describe("Spanish syllable counter", () => {
  it("has a list of at least 80 hand-checked words", () => {
    expect(WORDS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(WORDS.map(([word]) => word)).size).toBe(WORDS.length);
  });

  it.each(WORDS)("%s has %i syllables", (word, syllables) => {
    expect(spanishSyllables(word)).toBe(syllables);
  });

  it("reads accented capitals like their small letters", () => {
    expect(spanishSyllables("RECAÍDA")).toBe(spanishSyllables("recaída"));
    expect(spanishSyllables("GUÍA")).toBe(2);
  });
});

describe("Fernández-Huerta", () => {
  it("is 206.84 - 60 x syllables/word - 1.02 x words/sentence", () => {
    // 100 words, 200 syllables, 10 sentences: 206.84 - 120 - 10.2
    expect(fernandezHuerta({ words: 100, syllables: 200, sentences: 10 })).toBe(76.6);
    // Longer sentences must score lower, never higher (the misquoted form gets this backwards).
    expect(fernandezHuerta({ words: 100, syllables: 200, sentences: 4 })).toBeLessThan(76.6);
  });

  it("counts sentences, words and syllables of a short text", () => {
    // Si(1) no(1) des-pier-ta(3) lla-me(2) al(1) 911(1) / Dé-le(2) na-lo-xo-na(4) / ¿Res-pi-ra(3)?
    const r = measureSpanish("Si no despierta, llame al 911. Dele naloxona. ¿Respira?");
    expect(r).toMatchObject({ sentences: 3, words: 9, syllables: 18 });
  });

  it("does not end a sentence at an abbreviation, and reads it as it is said", () => {
    // "EE. UU." is "Estados Unidos" (Es-ta-dos U-ni-dos: 2 words, 6 syllables)
    const r = measureSpanish("En EE. UU. la naloxona se vende sin receta.");
    expect(r.sentences).toBe(1);
    expect(r.words).toBe(9);
    // En(1) Es-ta-dos(3) U-ni-dos(3) la(1) na-lo-xo-na(4) se(1) ven-de(2) sin(1) re-ce-ta(3)
    expect(r.syllables).toBe(19);
  });

  it("treats each block (paragraph, list item) as at least one sentence", () => {
    expect(measureSpanish("Llame al 911\n\nDele naloxona").sentences).toBe(2);
  });

  const PLAIN = [
    "Si no despierta, llame al 911. Dele naloxona. Póngala en la nariz.",
    "Quédese con su hijo. Si no respira, dele aire. Usted puede salvar su vida.",
    "Si no sabe si es una sobredosis, actúe como si lo fuera.",
  ].join("\n\n");

  const PLAIN_TOO = [
    "Una recaída no es el fin. Muchas personas vuelven a usar antes de estar bien.",
    "Hable con calma. No grite y no culpe. Pregunte qué pasó y escuche.",
    "Llame a su médico. Pregunte por un medicamento como la buprenorfina o la metadona.",
  ].join("\n\n");

  const HARD = [
    "La farmacoterapia con agonistas opioides constituye, según la evidencia científica disponible, la intervención terapéutica más eficaz para disminuir la mortalidad asociada a la dependencia de opioides, particularmente durante los periodos inmediatamente posteriores a la desintoxicación hospitalaria.",
    "Consecuentemente, la interrupción prematura del tratamiento farmacológico incrementa significativamente la probabilidad de complicaciones potencialmente letales.",
  ].join("\n\n");

  it.each([
    ["an overdose paragraph", PLAIN],
    ["a relapse paragraph", PLAIN_TOO],
  ])("scores plain Spanish at 70 or more: %s", (_name, text) => {
    const r = measureSpanish(text);
    console.log(`Fernández-Huerta ${r.score}  (${r.words} words, ${r.sentences} sentences, ${r.syllables} syllables)`);
    expect(r.score).toBeGreaterThanOrEqual(SPANISH_MIN_SCORE);
  });

  it("scores ordinary health-leaflet Spanish below 70: correct, but not plain enough", () => {
    const r = measureSpanish(
      "Los medicamentos para el trastorno por consumo de opioides, como la buprenorfina y la metadona, reducen de manera considerable el riesgo de muerte por sobredosis cuando se administran durante un periodo prolongado. Es recomendable que los familiares consulten con el equipo de tratamiento sobre las opciones disponibles.",
    );
    expect(r.score).toBeGreaterThan(30);
    expect(r.score).toBeLessThan(SPANISH_MIN_SCORE);
  });

  it("scores dense clinical Spanish well below 70", () => {
    const r = measureSpanish(HARD);
    console.log(`Fernández-Huerta ${r.score}  (${r.words} words, ${r.sentences} sentences, ${r.syllables} syllables)`);
    expect(r.score).toBeLessThan(40);
  });

  describe("npm run grade, Spanish half", () => {
    const dir = mkdtempSync(join(tmpdir(), "grade-es-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("reports no Spanish content when content/es/pages/ is missing", () => {
      expect(gradeSpanishPages(dir)).toBeNull();
    });

    it("measures every Spanish page, leaving catalogue blocks out", () => {
      mkdirSync(join(dir, "es", "pages"), { recursive: true });
      const page = (body: string) => `---\ntitle: Prueba\n---\n\n## Qué hacer\n\n${body}\n`;
      writeFileSync(join(dir, "es", "pages", "plain.md"), page(`${PLAIN}\n\n::overdose-steps\n\n:::do\n- Llame al 911.\n:::`));
      writeFileSync(join(dir, "es", "pages", "hard.md"), page(HARD));
      const grades = gradeSpanishPages(dir);
      expect(grades?.map((g) => g.slug)).toEqual(["hard", "plain"]);
      const [hard, plain] = grades!;
      // The plain page is its three paragraphs and the :::do list item; the heading is not measured.
      expect(plain!.result).toEqual(measureSpanish(`${PLAIN}\n\nLlame al 911.`));
      expect(plain!.result.score).toBeGreaterThanOrEqual(SPANISH_MIN_SCORE);
      expect(hard!.result.score).toBeLessThan(SPANISH_MIN_SCORE);
    });
  });
});
