import type { Locale } from "./locale";

/**
 * The few words lib/content writes on a page itself, around the catalogue's own text: the link
 * labels of the crisis numbers, the glossary's letter index, the drawing of the recovery
 * position, the guided pause and the /crisis page. One table per language; the Spanish one must
 * have every key the English has (the type says so), so nothing falls back to English.
 */
export type ContentStrings = {
  /** Link label for a crisis number: "Call 911". */
  call: (number: string) => string;
  /** Link label for a text line, after the call link: "text 988". */
  text: (number: string) => string;
  /** Between the call and the text links. */
  or: string;
  lettersLabel: string;
  backToLetters: string;
  /** The link that ends each section of a long page (lib/content/contents.ts). */
  backToSections: string;
  recovery: {
    title: string;
    description: string;
    headLine1: string;
    headLine2: string;
    knee: string;
    side: string;
    caption: string;
  };
  pause: { summary: string; breatheIn: string; breatheOut: string; count: string; ground: string };
  /** The /crisis page, in Markdown with the catalogue's directives (lib/content/index.ts). */
  crisisPage: string[];
};

const en: ContentStrings = {
  call: (number) => `Call ${number}`,
  text: (number) => `text ${number}`,
  or: " or ",
  lettersLabel: "Words by first letter",
  backToLetters: "Back to the letters",
  backToSections: "Back to the list of sections",
  recovery: {
    title: "The recovery position",
    description:
      "A person lies on their side on the floor. Their head is tilted back and rests on their hand. Their top knee is bent and rests on the floor in front of them, so they cannot roll onto their face.",
    headLine1: "Head tilted back,",
    headLine2: "resting on their hand",
    knee: "Top knee bent, on the floor",
    side: "On their side, not their back",
    caption: "The recovery position. Use it once they are breathing, and stay with them.",
  },
  pause: {
    summary: "Take one minute to breathe before you do anything else",
    breatheIn: "Breathe in",
    breatheOut: "Breathe out",
    count: "Breathe in slowly while you count to 4. Breathe out while you count to 6. Do this six times. That is one minute.",
    ground: "Your feet are on the floor. You can do the next thing, one step at a time.",
  },
  crisisPage: [
    "## Is this an overdose? {#signs}",
    "::overdose-signs",
    "## What to do, in this order {#steps}",
    "::overdose-steps",
    "## Numbers to call {#numbers}",
    "::crisis-contacts",
    "## When to call Poison Control {#poison-control}",
    "Poison Control answers questions about a medicine or drug someone took, such as a mix-up with doses. Call it while the person is awake and breathing. If someone cannot be woken or is not breathing well, call 911 instead. If a child may have swallowed methadone, buprenorphine or any opioid, call 911 right away, even if the child seems fine.",
    "## Good to know {#facts}",
    "::overdose-facts",
  ],
};

const es: ContentStrings = {
  call: (number) => `Llame al ${number}`,
  text: (number) => `envíe un texto al ${number}`,
  or: " o ",
  lettersLabel: "Palabras por su primera letra",
  backToLetters: "Volver a las letras",
  backToSections: "Volver a la lista de secciones",
  recovery: {
    title: "La posición de recuperación",
    description:
      "Una persona está acostada de lado en el piso. Tiene la cabeza inclinada hacia atrás, apoyada en la mano. La rodilla de arriba está doblada y apoyada en el piso, por delante, para que no pueda quedar boca abajo.",
    headLine1: "Cabeza hacia atrás,",
    headLine2: "apoyada en la mano",
    knee: "Rodilla doblada, en el piso",
    side: "De lado, no boca arriba",
    caption: "La posición de recuperación. Úsela cuando la persona ya respire, y quédese con ella.",
  },
  pause: {
    summary: "Tome un minuto para respirar antes de hacer cualquier otra cosa",
    breatheIn: "Tome aire",
    breatheOut: "Suelte el aire",
    count: "Tome aire despacio mientras cuenta hasta 4. Suelte el aire mientras cuenta hasta 6. Hágalo seis veces. Eso es un minuto.",
    ground: "Sus pies están en el piso. Usted puede hacer lo que sigue, un paso a la vez.",
  },
  crisisPage: [
    "## ¿Es una sobredosis? {#signs}",
    "::overdose-signs",
    "## Qué hacer, en este orden {#steps}",
    "::overdose-steps",
    "## Números para llamar {#numbers}",
    "::crisis-contacts",
    "## Cuándo llamar a Poison Control {#poison-control}",
    "La línea de ayuda por envenenamiento (Poison Control) responde preguntas sobre un medicamento o una droga que alguien tomó, por ejemplo si se confundió con las dosis. Llame mientras la persona está despierta y respira. Si alguien no se despierta o no respira bien, llame al 911. Si un niño pudo haber tragado metadona, buprenorfina o cualquier opioide, llame al 911 enseguida, aunque el niño parezca estar bien.",
    "## Lo que conviene saber {#facts}",
    "::overdose-facts",
  ],
};

export const CONTENT_STRINGS: Record<Locale, ContentStrings> = { en, es };

export const contentStrings = (locale: Locale): ContentStrings => CONTENT_STRINGS[locale];
