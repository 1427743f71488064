import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { FactLocation, SafetyFact } from "./review";
import { SPANISH_CRISIS_LINES } from "./spanish-crisis-lines";

/**
 * The Spanish side of the safety facts (issue 18, item 2): for each fact of SAFETY_FACTS
 * (lib/content/review.ts), the Spanish file that states it, the Spanish words that must stay there,
 * and the Spanish source it was checked against, or an honest "not seen in a Spanish source here".
 * Taken from the writers' notes in docs/spanish-review/ (es-a, es-b, es-d, es-e), with each
 * Spanish wording re-read in content/es/ on 2026-12-04. `npm run content-review` writes this into
 * docs/content-review.md ("Spanish pages"); a test fails when a Spanish wording leaves its file,
 * when a Spanish file is not the twin of the English one, or when an English fact has no row.
 */

export type SpanishSourceKind = "authority page" | "authority text, via a copy" | "not an authority";

export type SpanishSourceRef = { publisher: string; title: string; url: string; kind: SpanishSourceKind };

export type SpanishCheck = { source: SpanishSourceRef; says: string };

export type SpanishFactReview = {
  /** The English fact's number: its place in SAFETY_FACTS, counted from 1, as in docs/content-review.md. */
  fact: number;
  /** Under content/es/: the Spanish twin of the file that states the English fact. */
  file: string;
  /** Spanish words that state the fact in that file (a regular expression, matched line by line). */
  stated: RegExp;
  /** Spanish sources that say the fact. Empty: not seen in a Spanish source here; the Spanish follows the English source. */
  checks: SpanishCheck[];
  checked: string;
  /** What was not seen in Spanish, or where the Spanish differs from its source. */
  note?: string;
};

const CHECKED = "2026-12-04";

const CDC = "US Centers for Disease Control and Prevention";
const NIDA = "US National Institute on Drug Abuse";

const S = {
  cdcNaloxone: { publisher: CDC, title: "La naloxona y su poder de salvar vidas", url: "https://cdc.gov/stop-overdose/es/caring/la-naloxona-y-su-poder-de-salvar-vidas.html", kind: "authority page" },
  cdcWhatToDo: { publisher: CDC, title: "¿Qué hacer si cree que alguien tiene una sobredosis?", url: "https://cdc.gov/stop-overdose/es/response/que-hacer-si-cree-que-alguien-tiene-una-sobredosis.html", kind: "authority page" },
  cdcIndex: { publisher: CDC, title: "Detener la sobredosis", url: "https://www.cdc.gov/stopoverdose/es/index.html", kind: "authority page" },
  cdcNaloxoneFaq: { publisher: CDC, title: "Preguntas frecuentes sobre la naloxona", url: "https://www.cdc.gov/stopoverdose/naloxone/es/faq.html", kind: "authority text, via a copy" },
  cdcPregnancy: { publisher: CDC, title: "Información básica: el trastorno por consumo de opioides y el embarazo", url: "https://www.cdc.gov/pregnancy/spanish/opioids/basics.html", kind: "authority page" },
  fdaOtc: { publisher: "US Food and Drug Administration", title: "La FDA aprueba el primer aerosol nasal de naloxona de venta libre (2023)", url: "https://www.fda.gov/news-events/press-announcements/la-fda-aprueba-el-primer-aerosol-nasal-de-naloxona-de-venta-libre", kind: "authority page" },
  fdaDisposal: { publisher: "US Food and Drug Administration", title: "Eliminación de medicamentos no utilizados: todo lo que debe saber", url: "https://www.fda.gov/drugs/safe-disposal-medicines/eliminacion-de-medicamentos-no-utilizados-todo-lo-que-debe-saber", kind: "authority text, via a copy" },
  fdaBenzoCopy: { publisher: "US Food and Drug Administration", title: "La FDA insta a tener precaución al denegar medicamentos para la adicción a opioides a pacientes que toman benzodiacepinas (2017), in a copy of the fda.gov page", url: "https://fda.einnews.com/article/428194939/YT7KEN92juocHRDx", kind: "authority text, via a copy" },
  cdph: { publisher: "California Department of Public Health", title: "Naloxona", url: "https://www.cdph.ca.gov/Programs/CCDPHP/sapb/Pages/Naloxona.aspx", kind: "authority page" },
  deaGetSmart: { publisher: "US Drug Enforcement Administration (Get Smart About Drugs)", title: "¿Qué debe hacer en caso de sobredosis por droga?", url: "https://getsmartaboutdrugs.gov/es/conseq%C3%BC%C3%AAncias/qu%C3%A9-debe-hacer-en-caso-de-sobredosis-por-droga", kind: "authority page" },
  maryland: { publisher: "State of Maryland", title: "Ley del Buen Samaritano de Maryland", url: "https://stopoverdose.maryland.gov/buen-samaritano", kind: "authority page" },
  nycTolerance: { publisher: "New York City Department of Health", title: "Tolerancia a las drogas y riesgo de sobredosis (in a copy on a Mexican government page)", url: "https://nopasanada.com.mx/articulos/la-tolerancia-de-las-drogas-en-las-personas-en-que-consiste", kind: "authority text, via a copy" },
  va: { publisher: "US Department of Veterans Affairs, Veterans Health Library", title: "Spanish page on opioid overdose risk", url: "https://www.veteranshealthlibrary.va.gov/Spanish/MentalHealth/SubstanceAbuse/About/142,41511ES_VA", kind: "authority page" },
  nidaHowEffective: { publisher: NIDA, title: "¿Cuán eficaces son los medicamentos para tratar la dependencia de los opioides?", url: "https://nida.nih.gov/es/publicaciones/serie-de-reportes/medicamentos-para-el-tratamiento-del-trastorno-por-consumo-de-opioides/cuan-eficaces-son-los-medicamentos-para-tratar-la-dependencia-de-los", kind: "authority page" },
  nidaHowTheyWork: { publisher: NIDA, title: "¿Cómo actúan los medicamentos para tratar la dependencia de los opioides?", url: "https://nida.nih.gov/es/publicaciones/serie-de-reportes/medicamentos-para-el-tratamiento-del-trastorno-por-consumo-de-opioides/como-actuan-los-medicamentos-para-tratar-la-dependencia-de-los", kind: "authority page" },
  nidaRx: { publisher: NIDA, title: "¿Cómo se puede tratar la adicción a los medicamentos recetados?", url: "https://nida.nih.gov/es/publicaciones/los-medicamentos-de-prescripcion-abuso-y-adiccion/como-se-puede-tratar-la-adiccion-los-medicamentos-recetados", kind: "authority page" },
  nidaPregnancy: { publisher: NIDA, title: "Tratamiento del trastorno por consumo de opioides durante el embarazo (archived)", url: "https://archives.nida.nih.gov/es/publications/tratamiento-del-trastorno-por-consumo-de-opioides-durante-el-embarazo", kind: "authority page" },
  nidaPrinciples: { publisher: NIDA, title: "Principios de tratamientos para la drogadicción: ¿Es eficaz el tratamiento?", url: "http://www.drugabuse.gov/es/publicaciones/principios-de-tratamientos-para-la-drogadiccion/preguntas-frecuentes/es-eficaz-el-tratamiento-para-la-drogadicc", kind: "authority page" },
  nidaSsp: { publisher: NIDA, title: "Programas de servicios de jeringas", url: "https://nida.nih.gov/es/areas-de-investigacion/programas-servicios-jeringas", kind: "authority page" },
  nidaTeens: { publisher: NIDA, title: "NIDA for teens (Spanish)", url: "https://teens.drugabuse.gov/es/node/1276", kind: "authority page" },
  medlineWithdrawal: { publisher: "MedlinePlus, US National Library of Medicine", title: "Opiáceos y abstinencia de opioides", url: "https://medlineplus.gov/spanish/ency/article/000949.htm", kind: "authority page" },
  medlineMeth: { publisher: "MedlinePlus, US National Library of Medicine", title: "Sobredosis de metanfetaminas", url: "https://www.nlm.nih.gov/medlineplus/spanish/ency/article/007480.htm", kind: "authority page" },
  orangeCounty: { publisher: "Orange County (Florida) government", title: "Spanish resources (Act 2 Save a Life)", url: "https://espanol.ocfl.net/FamiliesHealthSocialSvcs/Act2SaveALife/Resources.aspx", kind: "authority page" },
  sfCityClinic: { publisher: "San Francisco Department of Public Health (SF City Clinic)", title: "Preguntas frecuentes", url: "https://sfcityclinic.org/es/faq-categories/sti-symptoms-testing-and-treatment?page=2", kind: "authority page" },
  aapMedicines: { publisher: "American Academy of Pediatrics (HealthyChildren.org)", title: "Consejos de seguridad con los medicamentos", url: "https://www.healthychildren.org/Spanish/safety-prevention/at-home/medication-safety/Paginas/medication-safety-tips.aspx", kind: "authority page" },
  riverside: { publisher: "Riverside County (California), Up2Riverside", title: "Suicide prevention, in Spanish", url: "https://up2riverside.org/es", kind: "authority page" },
  parentHelpline: { publisher: "Partnership to End Addiction (the helpline's own organization)", title: "Hispanic Heritage Month", url: "https://drugfree.org/newsroom/news-item/hispanic-heritage-month/", kind: "authority page" },
  kaiserNasal: { publisher: "Kaiser Permanente (Healthwise), a health system", title: "Aprenda a administrar un aerosol nasal de naloxona", url: "https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.Aprenda-a-administrar-un-aerosol-nasal-de-naloxona.acp5447", kind: "not an authority" },
  kaiserKits: { publisher: "Kaiser Permanente, a health system", title: "Aprenda sobre los kits de naloxona para llevar a casa", url: "https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.aprenda-sobre-los-kits-de-naloxona-para-llevar-a-casa-para-las-emergencias-por-opioides.abs1167", kind: "not an authority" },
  cprMayo: { publisher: "Mayo Clinic, a health system, giving the American Heart Association's advice", title: "Reanimación cardiopulmonar (RCP): primeros auxilios", url: "https://www.mayoclinic.org/es/first-aid/first-aid-cpr/basics/art-20056600", kind: "not an authority" },
  cprHowTo: { publisher: "A Spanish CPR how-to page (the AHA's own Spanish page was not found)", title: "¿Cómo se realiza la RCP?", url: "https://salud.fdctimes.com/esp-public-health-safety/esp-cpr/2016227227.html", kind: "not an authority" },
  streetWorks: { publisher: "StreetWorks (Minnesota harm-reduction collaborative)", title: "Español", url: "https://streetworksmn.org/espanol", kind: "not an authority" },
  drugPolicy: { publisher: "Drug Policy Alliance", title: "Tocar el fentanilo no puede causar una sobredosis", url: "https://drugpolicy.org/es/resource/touching-fentanyl-cannot-cause-overdose-a-doctor-gives-the-facts", kind: "not an authority" },
  holaDoctor: { publisher: "HolaDoctor, quoting the American College of Medical Toxicology", title: "Tocar o inhalar fentanilo", url: "https://holadoctor.com/es/prevenci%C3%B3n-de-enfermedades-y-lesiones/tocar-o-inhalar-fentanilo-puede-ser-letal", kind: "not an authority" },
  newsDea: { publisher: "El Tiempo (Mexico), news report of DEA's 2023 figures", title: "Trafican cárteles dosis de fentanilo más potentes: DEA", url: "https://eltiempomx.com/a/385779-trafican-carteles-dosis-de-fentanilo-mas-potentes-dea", kind: "not an authority" },
  newsXylazine: { publisher: "EsNoticia (El Salvador), EFE copy of DEA's 2023 xylazine alert", title: "DEA alert on xylazine", url: "https://esnoticia.sv/?p=2476", kind: "not an authority" },
  newsNaloxone: { publisher: "El Mañana (news, 2023), quoting US health agencies", title: "¿Qué es la naloxona?", url: "https://www.elmanana.com/noticias/salud/que-es-la-naloxona/5692977", kind: "not an authority" },
  schoolFentanyl: { publisher: "Cypress-Fairbanks school district (Texas), substance-use resources", title: "Fentanilo", url: "https://sites.google.com/cfisd.net/recursosusodesustancias/fentanilo", kind: "not an authority" },
  kidsHealthGuns: { publisher: "Nemours KidsHealth", title: "La seguridad y las armas de fuego", url: "https://teenshealth.org/es/parents/safety-firearms-esp.html", kind: "not an authority" },
} satisfies Record<string, SpanishSourceRef>;

/** The sources of a crisis line in lib/content/spanish-crisis-lines.ts, with what each says. */
function crisisChecks(id: string): SpanishCheck[] {
  const line = SPANISH_CRISIS_LINES.find((l) => l.id === id);
  if (!line) throw new Error(`no Spanish crisis line ${id}`);
  return line.sources.map((s) => ({
    source: { publisher: s.publisher, title: line.claim, url: s.url, kind: s.verification === "recalled, not seen here" ? "not an authority" : s.verification },
    says: s.says,
  }));
}

const NOT_SEEN = "Not seen in a Spanish source here.";

export const SPANISH_FACTS: SpanishFactReview[] = [
  { fact: 1, file: "pages/medicines-for-opioid-use-disorder.md", stated: /^el tratamiento estándar\.$/, checks: [{ source: S.nidaHowEffective, says: "Methadone, buprenorphine and naltrexone reduce opioid use and the symptoms of the disorder; abundant evidence." }, { source: S.cdcPregnancy, says: "«El trastorno por consumo de opioides, al que a veces se llama adicción a los opioides»: the term the page uses." }], checked: CHECKED, note: "'Standard of care' (tratamiento estándar) in those words was not seen in Spanish." },
  { fact: 2, file: "pages/medicines-for-opioid-use-disorder.md", stated: /metadona por mucho tiempo tienen cerca de la mitad del riesgo de morir/, checks: [{ source: S.nidaRx, says: "The three medicines: «la buprenorfina, la metadona y la naltrexona»." }, { source: S.nidaHowEffective, says: "Staying on medicine lowers the risk of overdose death." }], checked: CHECKED, note: "The 'about half' figure was not seen in Spanish; it is the English page's figure (National Academies), unchanged." },
  { fact: 3, file: "pages/medicines-for-opioid-use-disorder.md", stated: /«¿No es cambiar una droga por otra\?»/, checks: [], checked: CHECKED, note: "Medicine is «medicamento», never «droga», as the glossary says." },
  { fact: 4, file: "pages/medicines-for-opioid-use-disorder.md", stated: /Desde 2023, todo profesional de salud con licencia para recetar/, checks: [], checked: CHECKED, note: "A Spanish page seen still speaks of a waivered prescriber, which is out of date; the Spanish follows the English (SAMHSA, MAT Act)." },
  { fact: 5, file: "pages/medicines-for-opioid-use-disorder.md", stated: /solo en un programa de tratamiento de opioides con/, checks: [{ source: S.nidaHowTheyWork, says: "Methadone «se debe distribuir por medio de programas especializados de tratamiento para opioides»." }], checked: CHECKED },
  { fact: 6, file: "pages/medicines-for-opioid-use-disorder.md", stated: /sobredosis si se mezcla con benzodiacepinas \(como Xanax o Valium\), pastillas para dormir o/, checks: [{ source: S.fdaBenzoCopy, says: "Combining buprenorphine or methadone with benzodiazepines or other central nervous system depressants raises the risk of serious side effects." }, { source: S.nidaTeens, says: "The risk rises when opioids are combined with alcohol or benzodiazepines." }], checked: CHECKED, note: "The FDA communication was read in a Spanish copy (es-b), not on fda.gov." },
  { fact: 7, file: "pages/medicines-for-opioid-use-disorder.md", stated: /\(Vivitrol es la marca\)\. También viene en pastillas/, checks: [], checked: CHECKED, note: "The daily pill, the weekly or monthly buprenorphine shot and methadone's forms were not seen on a Spanish agency page (only a Spanish drug sheet of a health system for the film)." },
  { fact: 8, file: "pages/overdose-and-naloxone.md", stated: /Algunas personas toman mucho opioide para tratar de vencer el bloqueo\. Eso puede causar una sobredosis mortal/, checks: [], checked: CHECKED },
  { fact: 9, file: "pages/overdose-and-naloxone.md", stated: /La naloxona sigue funcionando, pero puede hacer falta dar más dosis/, checks: [{ source: S.newsNaloxone, says: "Naloxone «podría no revertir los efectos de algunos opioides como buprenorfina ... y podría requerir dosis adicionales de naloxona»." }, { source: S.cdcNaloxone, says: "Wait 2 to 3 minutes before a second dose." }], checked: CHECKED, note: "Methadone outlasting naloxone was not seen in Spanish; it follows the English (methadone label)." },
  { fact: 10, file: "pages/medicines-for-opioid-use-disorder.md", stated: /Si su ser querido es una mujer embarazada, lo recomendado es el medicamento para la adicción a los/, checks: [{ source: S.nidaPregnancy, says: "«Tanto la buprenorfina como la metadona son tratamientos eficaces e inocuos ... durante el embarazo»; lowering doses is not supported; newborn withdrawal («síndrome de abstinencia neonatal») is less intense with treatment; «parto prematuro» as a risk of untreated use." }], checked: CHECKED, note: "Breastfeeding and the year after birth were seen only in a Spanish copy of a clinical guideline, not on an agency page. Naloxone in pregnancy: not seen in Spanish." },
  { fact: 11, file: "pages/medicines-for-opioid-use-disorder.md", stated: /La persona debe pasar de 7 a 10 días sin ningún opioide antes/, checks: [], checked: CHECKED, note: "7 to 10 days was seen in Spanish only in a copy of MedlinePlus's naltrexone page on a third-party site (the glossary's source); up to 2 weeks after methadone or buprenorphine was not seen in Spanish." },
  { fact: 12, file: "pages/stages-of-relapse.md", stated: /El Dr\. Steven Melemis explica este modelo/, checks: [], checked: CHECKED, note: "The model is published in English only. The Spanish stage names (recaída emocional, mental, física) are ours, recorded in the glossary. The page names the journal as «una revista médica de la Universidad de Yale»; its full title is in the sources list." },
  { fact: 13, file: "pages/medicines-for-opioid-use-disorder.md", stated: /la primera pregunta es si empezar o reanudar/, checks: [{ source: S.nidaHowTheyWork, says: "Detox followed by total abstinence carries a high chance of relapse and of a fatal overdose." }], checked: CHECKED, note: "The framing 'the first question after a return to use' is the English guide's." },
  { fact: 14, file: "pages/working-with-treatment-providers.md", stated: /La desintoxicación baja la tolerancia en pocos días/, checks: [{ source: S.nycTolerance, says: "Tolerance falls when a person stops or cuts down, even briefly; people leaving jail, hospital or a treatment program are at higher risk of overdose." }, { source: S.va, says: "Going without opioids even for a few days lowers tolerance, so the usual dose can become an overdose." }, { source: S.nidaHowTheyWork, says: "After detox, abstinence alone carries a high chance of relapse, and a relapse can be fatal." }], checked: CHECKED },
  { fact: 15, file: "catalogue/overdose.json", stated: /Después de un tiempo sin consumir, por ejemplo por una desintoxicación, un tratamiento, la cárcel o el hospital/, checks: [{ source: S.nycTolerance, says: "After jail, prison, hospital or a treatment program, tolerance is lower and the risk of overdose higher." }, { source: S.va, says: "Not using, even for a few days, can lower tolerance and turn the usual dose into an overdose." }], checked: CHECKED, note: "The sources were checked by the page writers (es-a, es-b, es-e) for the same fact on their pages." },
  { fact: 16, file: "catalogue/overdose.json", stated: /No se despierta, aunque usted diga su nombre en voz alta/, checks: [{ source: S.cdcWhatToDo, says: "Signs: «incapacidad para despertarse», «respiración lenta o superficial», a gurgling or snoring sound («gorjeo o ronquido»), colour change in nails or lips." }, { source: S.nidaTeens, says: "«Uñas y labios azules», «ruido de gorgoteo»." }], checked: CHECKED, note: "Grey lips and pinpoint pupils were seen only on non-agency Spanish pages. CDC says «gorjeo», NIDA «gorgoteo»; the catalogue follows the glossary (gorgoteo)." },
  { fact: 17, file: "catalogue/overdose.json", stated: /Si tiene dudas, trátelo como una sobredosis/, checks: [{ source: S.cdph, says: "«Si no está seguro, trátela como una sobredosis de opioides.»" }, { source: S.cdcWhatToDo, says: "«Si no está seguro, trátela como si tuviera una sobredosis.»" }], checked: CHECKED },
  { fact: 18, file: "catalogue/overdose.json", stated: /"title": "Llame al 911 y dé naloxona\."/, checks: [{ source: S.cdcNaloxone, says: "Give naloxone and stay until emergency staff arrive." }, { source: S.fdaOtc, says: "Narcan 4 mg «aerosol nasal ... de venta libre, sin receta médica»." }], checked: CHECKED },
  { fact: 19, file: "catalogue/overdose.json", stated: /"detail": "Llame al 911 primero, o pida a alguien que llame mientras usted busca la naloxona/, checks: [{ source: S.kaiserNasal, says: "«Llame al 911, o pida a otra persona que llame»; its steps put the spray first." }], checked: CHECKED, note: "The order (911 first) follows the English (CDC, SAMHSA), not the Spanish health-system page. The detail adds the 911 interpreter sentence of spanish-crisis-lines.ts." },
  { fact: 20, file: "catalogue/overdose.json", stated: /Dé respiración de rescate: incline la cabeza de la persona hacia atrás, tápele la nariz, cubra la boca de la persona con la suya y dé una respiración cada 5 segundos\. Mire que el pecho suba/, checks: [{ source: S.cprHowTo, says: "Tilt the head back and lift the chin, pinch the nose, cover the mouth with yours, give a breath that makes the chest rise; 30 compressions, then two rescue breaths." }, { source: S.cprMayo, says: "AHA advice: trained rescuers give 30 compressions, then two rescue breaths; untrained ones do hands-only CPR, hard and fast in the centre of the chest, 100 to 120 a minute." }], checked: CHECKED, note: "One breath every 5 seconds was not seen in a Spanish authority source; it follows the English (SAMHSA toolkit). The catalogue says «30 compresiones» where the page says «empuje 30 veces»." },
  { fact: 21, file: "pages/overdose-and-naloxone.md", stated: /En una sobredosis, la RCP sirve más con respiraciones/, checks: [{ source: S.cprMayo, says: "AHA advice: 30 compressions, then two rescue breaths; hands-only CPR for someone untrained or unwilling to give breaths." }], checked: CHECKED, note: "'CPR works best with breaths for an overdose' was not seen in Spanish; it follows the English (AHA 2023)." },
  { fact: 22, file: "catalogue/overdose.json", stated: /"title": "Otra dosis cada 2 a 3 minutos\."/, checks: [{ source: S.cdcNaloxone, says: "Naloxone can restore normal breathing «en 2 a 3 minutos»; wait 2 to 3 minutes before a second dose." }, { source: S.cdph, says: "«En caso de sobredosis de fentanilo, puede ser necesario administrar dos o más dosis.»" }], checked: CHECKED },
  { fact: 23, file: "catalogue/overdose.json", stated: /"title": "Cuando ya respire, póngala de lado\."/, checks: [{ source: S.kaiserNasal, says: "Once they breathe, turn them onto their side." }], checked: CHECKED },
  { fact: 24, file: "catalogue/overdose.json", stated: /La naloxona deja de hacer efecto en 30 a 90 minutos/, checks: [{ source: S.streetWorks, says: "Naloxone «deja de funcionar entre 30 y 90 minutos», and the person can overdose again." }], checked: CHECKED, note: "No Spanish agency page with 30 to 90 minutes was found." },
  { fact: 25, file: "catalogue/overdose.json", stated: /Si le vuelve a dar sueño o respira lento: dé otra dosis, ayúdele a respirar y llame otra vez al 911/, checks: [], checked: CHECKED, note: "The English source is the naloxone label; no Spanish copy of the label was found." },
  { fact: 26, file: "catalogue/overdose.json", stated: /Dígales a los paramédicos qué tomó, qué medicamentos toma y cuántas dosis le dio usted/, checks: [{ source: S.deaGetSmart, says: "Tell the responders what was taken, how much and when." }], checked: CHECKED, note: "That the person's medicines (naltrexone, buprenorphine, methadone) change the care was not seen in Spanish." },
  { fact: 27, file: "catalogue/overdose.json", stated: /Debe ir a la sala de emergencias, aunque parezca estar bien/, checks: [{ source: S.cdcNaloxone, says: "Stay with the person until emergency staff arrive." }], checked: CHECKED, note: "Waking in withdrawal was seen only on the English over-the-counter Narcan label; the rest follows the English." },
  { fact: 28, file: "catalogue/overdose.json", stated: /Si no quiere ir, quédese con la persona las próximas horas, tenga la naloxona a mano y llame otra vez al 911/, checks: [], checked: CHECKED },
  { fact: 29, file: "pages/overdose-and-naloxone.md", stated: /Nunca lo deje «dormir para que se le pase»\. Los ronquidos o el ruido de gorgoteo pueden ser el sonido de una sobredosis/, checks: [{ source: S.cdcWhatToDo, says: "A gurgling or snoring sound («gorjeo o ronquido») from someone who cannot be woken is an overdose sign." }, { source: S.va, says: "«Cabecea, tiene un sueño profundo, cuesta despertarla» among the signs of an overdose." }], checked: CHECKED, note: "'Never let them sleep it off' in those words was not seen in Spanish; it is our wording, as in English." },
  { fact: 30, file: "pages/keeping-them-alive.md", stated: /Desde 2023, el aerosol nasal de naloxona se vende sin receta, de venta libre/, checks: [{ source: S.fdaOtc, says: "Narcan 4 mg nasal spray approved for sale «de venta libre, sin receta médica» (March 2023)." }, { source: S.cdcNaloxoneFaq, says: "Community organizations and local health departments may offer naloxone at low cost or free." }], checked: CHECKED, note: "es-a found the FDA release only in Spanish news copies on 2026-12-04; the glossary records it as seen. The CDC FAQ was read by es-a in a mirror copy and is cited by es-e at cdc.gov." },
  { fact: 31, file: "catalogue/overdose.json", stated: /"text": "La naloxona vencida es mejor que nada/, checks: [], checked: CHECKED, note: "The English source is Colorado's naloxone FAQ. A Spanish insurer's drug sheet says only to replace the spray once it expires." },
  { fact: 32, file: "pages/overdose-and-naloxone.md", stated: /La etiqueta dice que se guarde a temperatura ambiente, nunca a más de 104°F \(40°C\), y que no se congele/, checks: [], checked: CHECKED, note: "No Spanish copy of the Narcan label was found." },
  { fact: 33, file: "catalogue/overdose.json", stated: /La naloxona no quita el efecto de la xilacina\. Dé naloxona de todos modos/, checks: [{ source: S.newsXylazine, says: "DEA: xylazine is a veterinary sedative, «no es un opioide», and naloxone «no revierte sus efectos»." }, { source: S.cdcNaloxone, says: "Naloxone does no harm in a non-opioid overdose, so it is always better to give it." }], checked: CHECKED },
  { fact: 34, file: "pages/fentanyl-and-other-drugs.md", stated: /^cuerpo, no solo donde alguien se inyecta/, checks: [{ source: S.newsXylazine, says: "DEA: severe wounds, necrosis, amputation." }], checked: CHECKED, note: "'Anywhere on the body' and the wound care (no alcohol or peroxide, moist and covered) were not seen in a Spanish xylazine source; they follow the English." },
  { fact: 35, file: "pages/fentanyl-and-other-drugs.md", stated: /Es unas 50 veces más fuerte que la heroína y unas/, checks: [{ source: S.cdcIndex, says: "«El fentanilo es hasta 50 veces más potente que la heroína y 100 veces más potente que la morfina.»" }, { source: S.schoolFentanyl, says: "«Bastan solo unos 2 miligramos (unos pocos granos de sal) para causar una sobredosis letal»." }], checked: CHECKED, note: "CDC says «hasta» (up to); the page keeps the English «unas» (about). For the grains of salt es-a cited a news report of DEA's figures; the school district page was found again in this review." },
  { fact: 36, file: "pages/fentanyl-and-other-drugs.md", stated: /7 de cada 10 pastillas falsas con fentanilo tenían una dosis que podía matar/, checks: [{ source: S.newsDea, says: "«En 2023, con siete de cada diez pastillas conteniendo dosis mortales»." }], checked: CHECKED, note: "DEA's own Spanish site shows this page's text in English only." },
  { fact: 37, file: "catalogue/overdose.json", stated: /"text": "Tocar el fentanilo, o estar cerca de él, no le va a causar una sobredosis/, checks: [{ source: S.drugPolicy, says: "Street fentanyl cannot be absorbed through the skin enough to cause an overdose (citing the American College of Medical Toxicology)." }, { source: S.holaDoctor, says: "Quotes the ACMT statement in Spanish." }], checked: CHECKED, note: "No Spanish authority page was found. Washing with soap and water, not hand sanitizer: not seen in Spanish." },
  { fact: 38, file: "pages/fentanyl-and-other-drugs.md", stated: /muertes por sobredosis tienen que ver con un estimulante/, checks: [], checked: CHECKED },
  { fact: 39, file: "pages/fentanyl-and-other-drugs.md", stated: /dolor en el pecho, o el corazón late muy rápido o muy fuerte/, checks: [{ source: S.medlineMeth, says: "Meth overdose: high body temperature, fast heart rate, agitation, seizures; call 911." }], checked: CHECKED },
  { fact: 40, file: "pages/keeping-them-alive.md", stated: /Las tiras reactivas de fentanilo son tiras pequeñas de papel/, checks: [{ source: S.orangeCounty, says: "Fentanyl cannot be detected by sight, smell or taste; «la única forma ... es mediante el uso de tiras reactivas»." }], checked: CHECKED, note: "That a negative test does not prove a drug safe, state laws and 'free' were not seen in a Spanish authority source." },
  { fact: 41, file: "pages/keeping-them-alive.md", stated: /\(«nunca consuma sin compañía»\), 1-800-484-3731/, checks: [], checked: CHECKED, note: "Whether the line answers in Spanish was not seen, so the page does not promise it." },
  { fact: 42, file: "pages/keeping-them-alive.md", stated: /benzodiacepinas, como Xanax o Valium/, checks: [{ source: S.kaiserKits, says: "Opioids with alcohol or «medicamentos que producen sueño, como benzodiacepinas» («benzos», Xanax, Valium) are high risk." }, { source: S.nidaTeens, says: "The risk rises when opioids are combined with alcohol or benzodiazepines." }], checked: CHECKED },
  { fact: 43, file: "catalogue/glossary.json", stated: /Puede traer dolores, nariz que gotea, bostezos, sudor, piel de gallina/, checks: [{ source: S.medlineWithdrawal, says: "«Dolores musculares, rinorrea, sudoración, insomnio, cólicos abdominales, diarrea, náuseas, vómitos»; «muy molestos, pero no son potencialmente mortales»." }], checked: CHECKED },
  { fact: 44, file: "pages/overdose-and-naloxone.md", stated: /La mayoría de los estados de Estados Unidos tienen leyes del Buen Samaritano/, checks: [{ source: S.cdcWhatToDo, says: "«La mayoría de los estados tienen leyes que podrían proteger contra sanciones penales» the person who overdosed or who called for help." }, { source: S.deaGetSmart, says: "«Muchos estados tienen leyes del 'buen samaritano'» giving some immunity for minor drug-law violations." }], checked: CHECKED },
  { fact: 45, file: "pages/overdose-and-naloxone.md", stated: /No cubren todo\. Puede que no cubran una orden de arresto pendiente, la libertad a prueba o la libertad condicional/, checks: [{ source: S.maryland, says: "Maryland's law «no protege en caso de arresto por órdenes judiciales abiertas» (it does protect probation and parole status)." }], checked: CHECKED, note: "One state only; 'may not cover' stays true across states. Other limits were not seen in Spanish." },
  { fact: 46, file: "pages/when-your-loved-one-is-an-adult.md", stated: /Las reglas de privacidad limitan lo que el programa le puede contar a usted\. No le impiden a usted/, checks: [], checked: CHECKED, note: "Part 2 was not seen in Spanish. HHS's HIPAA FAQ on telling family was read in Spanish only in a copy on a third-party site (used for the emergency section, not this fact)." },
  { fact: 47, file: "pages/finding-treatment.md", stated: /La Línea Nacional de Ayuda de SAMHSA, 1-800-662-4357\.\*\* Es gratis y privada, de día y de/, checks: crisisChecks("samhsa-helpline"), checked: CHECKED, note: "The wording of lib/content/spanish-crisis-lines.ts (samhsa-helpline); SAMHSA's page is English." },
  { fact: 48, file: "pages/finding-treatment.md", stated: /^\s*1-800-487-4889\.$/, checks: [], checked: CHECKED, note: "The TTY number is on the line after «pueden usar la línea TTY,»; it is the English page's number, unchanged." },
  { fact: 49, file: "pages/finding-treatment.md", stated: /el precio baja cuando usted gana menos/, checks: [], checked: CHECKED },
  { fact: 50, file: "pages/medicines-for-opioid-use-disorder.md", stated: /«¿Aquí empiezan el medicamento para la adicción a los opioides\?»/, checks: [], checked: CHECKED },
  { fact: 51, file: "pages/finding-treatment.md", stated: /ofrece viajes gratis, alquiler gratis o dinero para ir a un programa/, checks: [], checked: CHECKED, note: "The FTC's Spanish site turned up only unrelated scam alerts." },
  { fact: 52, file: "pages/support-for-you.md", stated: /cerca de dos de cada tres familias que aprendieron CRAFT/, checks: [], checked: CHECKED, note: "The trial is published in English only; figure and measure as in English." },
  { fact: 53, file: "pages/support-for-you.md", stated: /las familias que probaron otras formas de ayuda, como Al-Anon, también se/, checks: [], checked: CHECKED },
  { fact: 54, file: "pages/relapse-and-chronic-illness.md", stated: /\| Trastornos por consumo de drogas \| 40 a 60 de cada 100 \|/, checks: [{ source: S.nidaPrinciples, says: "«Los índices de recaída para la adicción se asemejan a los de otras enfermedades crónicas como la diabetes, la hipertensión y el asma», with a comparison chart." }], checked: CHECKED, note: "The figures (40-60, 30-50, 50-70) are in the chart's image and were not seen as Spanish text; they are the English page's, unchanged." },
  { fact: 55, file: "catalogue/crisis.json", stated: /"when": "Llame al 988 y marque 2 para español\. O envíe AYUDA por texto al 988/, checks: crisisChecks("lifeline-988"), checked: CHECKED, note: "The wording of lib/content/spanish-crisis-lines.ts. The Spanish catalogue entry does not offer chat (the Spanish chat's address was not seen); the English offers chat at 988lifeline.org, and the Spanish pages suicide-risk and support-for-you say «También puede chatear en 988lifeline.org»." },
  { fact: 56, file: "catalogue/crisis.json", stated: /Si la persona no se despierta o no respira bien, o si un niño pudo haber tragado un opioide, llame al 911/, checks: crisisChecks("poison-control"), checked: CHECKED, note: "HRSA's current Spanish page was not seen giving the 911 rule; its 2013 Spanish page did." },
  { fact: 57, file: "catalogue/crisis.json", stated: /Llame para acordar una hora y hablar con un especialista capacitado\. No es una línea de crisis/, checks: [{ source: S.parentHelpline, says: "Since 2021 the free, confidential helpline has hired more bilingual, bicultural specialists; almost a quarter of calling families preferred Spanish." }], checked: CHECKED, note: "'Not a crisis line' follows the English." },
  { fact: 58, file: "pages/support-for-you.md", stated: /Algunos medicamentos fuertes para el dolor se deben tirar al inodoro/, checks: [{ source: S.fdaDisposal, says: "Take-back first (DEA events and permanent sites); «tirar al inodoro ciertos medicamentos potencialmente peligrosos» when no take-back is available." }], checked: CHECKED, note: "Read in FDA's archived copy (2023)." },
  { fact: 59, file: "pages/suicide-risk.md", stated: /Guarde bajo llave también la metadona y la buprenorfina para llevar a casa,\*\* aunque sean el/, checks: [{ source: S.aapMedicines, says: "One or two pills of some medicines, opioids among them, can kill a small child; lock medicines up." }], checked: CHECKED, note: "Seen for opioids in general; methadone's boxed warning was not seen in a Spanish FDA page. «Advertencia en recuadro» is the glossary's term." },
  { fact: 60, file: "pages/suicide-risk.md", stated: /\[llame al 911\]\(tel:911\) de inmediato, aunque el niño parezca estar bien/, checks: [{ source: S.aapMedicines, says: "Call 911 if the child is unconscious or not breathing; Poison Control if symptoms are mild or absent." }], checked: CHECKED, note: "The Spanish source is less strict than the English fact (911 for methadone, buprenorphine or any opioid even if the child seems fine); the Spanish keeps the English rule, as the crisis catalogue does." },
  { fact: 61, file: "pages/medicines-for-opioid-use-disorder.md", stated: /Las reglas federales cambiaron en 2024: ahora los programas pueden dar dosis para llevar a/, checks: [], checked: CHECKED },
  { fact: 62, file: "pages/suicide-risk.md", stated: /el riesgo de suicidio es mucho más alto de lo normal/, checks: [], checked: CHECKED },
  { fact: 63, file: "pages/suicide-risk.md", stated: /«¿Estás pensando en suicidarte\?»/, checks: [{ source: S.riverside, says: "«Hablar específicamente del suicidio no hace que ello suceda ni siembra la idea»; asks «¿Estás pensando en quitarte la vida?»." }], checked: CHECKED, note: "No NIMH, SAMHSA or 988 Spanish page on warning signs was seen. The question is in tú (a parent to a son or daughter); the reader is addressed as usted." },
  { fact: 64, file: "pages/suicide-risk.md", stated: /intentos de suicidio con un arma de fuego son mortales/, checks: [{ source: S.kidsHealthGuns, says: "Store guns unloaded («descargadas»), with «municiones en un lugar distinto, bajo llave»." }], checked: CHECKED, note: "The 9 in 10 and 5 to 10 minute figures were not seen in Spanish; they follow the English (Illinois Department of Public Health)." },
  { fact: 65, file: "pages/when-your-loved-one-is-an-adult.md", stated: /Cerca de dos de cada tres estados tienen una ley que lo permite por/, checks: [], checked: CHECKED },
  { fact: 66, file: "pages/keeping-them-alive.md", stated: /tienen cinco veces más probabilidad de empezar un/, checks: [{ source: S.nidaSsp, says: "Sterile supplies; many programs also give naloxone, HIV and hepatitis C testing, vaccination and referrals to treatment." }], checked: CHECKED, note: "The 'five times' figure was not found in Spanish; it follows the English (CDC)." },
  { fact: 67, file: "pages/keeping-them-alive.md", stated: /Todos los adultos deben hacerse la prueba de la hepatitis C por lo menos una vez/, checks: [{ source: S.sfCityClinic, says: "Medicines «pueden tratar la hepatitis C en tan solo 8 a 12 semanas»." }], checked: CHECKED, note: "'Every adult at least once' was seen in Spanish only on non-agency pages (one citing CDC says ages 18 to 79); the page keeps the English (CDC 2020)." },
];

/** The English file's twin under content/es/: content/pages/x.md is content/es/pages/x.md. */
export function spanishTwin(englishFile: string): string {
  return englishFile.replace(/^content\//, "");
}

/** Where each Spanish wording is: the first matching line of its file under content/es/. */
export function locateSpanishFacts(contentDir: string, root: string): Map<SpanishFactReview, FactLocation | undefined> {
  return new Map(
    SPANISH_FACTS.map((row) => {
      const path = join(contentDir, "es", row.file);
      if (!existsSync(path)) return [row, undefined];
      const index = readFileSync(path, "utf8").split("\n").findIndex((text) => row.stated.test(text));
      return [row, index < 0 ? undefined : { file: relative(root, path), line: index + 1 }];
    }),
  );
}

const STRENGTH: SpanishSourceKind[] = ["authority page", "authority text, via a copy", "not an authority"];

export function spanishReviewMarkdown(contentDir: string, root: string, facts: SafetyFact[]): string[] {
  const located = locateSpanishFacts(contentDir, root);
  const rows = facts.map((fact, index) => {
    const row = SPANISH_FACTS.find((r) => r.fact === index + 1);
    if (!row) return `| ${index + 1} | ${fact.fact} | **no Spanish row** | | | |`;
    const where = located.get(row);
    const place = where ? `\`${where.file}:${where.line}\`` : "**not stated**";
    const sources = row.checks.map((c) => `[${c.source.publisher}: ${c.source.title}](${c.source.url}) (${c.source.kind}): ${c.says}`).join("<br>");
    const best = STRENGTH.find((kind) => row.checks.some((c) => c.source.kind === kind));
    const kind = best ? (best === "not an authority" ? "seen only in a source that is not an authority" : best) : "follows the English source";
    const how = `${kind}${row.note ? `. ${row.note}` : ""}`;
    return `| ${index + 1} | ${fact.fact} | ${place} | ${sources || NOT_SEEN} | ${row.checked} | ${how} |`;
  });
  return [
    "## Spanish pages",
    "",
    "The same facts as they are stated in Spanish (issue 18), written from `lib/content/review-es.ts`.",
    "A test fails when a fact's Spanish words leave the file named here, or when an English fact has",
    "no Spanish row. Each row names the Spanish file and line, the Spanish source checked and what it",
    "says, and how strong that source is:",
    "",
    "- **authority page** and **authority text, via a copy**: as above, for a Spanish page of a US",
    "  federal, state or local health agency (or the service itself, for its own line).",
    "- **seen only in a source that is not an authority**: a health system, a non-profit or a news",
    "  report says it in Spanish; the fact itself rests on the English source above.",
    "- **not seen in a Spanish source here** (How: **follows the English source**): no Spanish source",
    "  was found through this machine's stored copies; the Spanish says what the English says, and",
    "  rests on the English source above.",
    "",
    "The writers' notes, page by page, are in `docs/spanish-review/`.",
    "",
    "| # | Fact | Stated at | Spanish source | Checked | How |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ];
}
