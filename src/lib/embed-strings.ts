/**
 * Interface strings of the embeds and of the "Embed this story" panel, per edition. They live here
 * rather than in the copy's `{ui}` block because only the page and the embeds use them. The
 * Cyrillic strings are the Latin ones transliterated (a unit test checks that they still are).
 */
import type { EditionId } from './editions.ts';

export type EmbedStrings = Record<
  | 'embed-read-full'
  | 'embed-title'
  | 'embed-intro'
  | 'embed-start'
  | 'embed-start-intro'
  | 'embed-chrome'
  | 'embed-script'
  | 'embed-script-note'
  | 'embed-frame'
  | 'embed-frame-note'
  | 'embed-plain'
  | 'embed-plain-note'
  | 'embed-theme'
  | 'embed-copy'
  | 'embed-copied',
  string
>;

/** Words the Cyrillic strings keep in Latin, besides the copy's own exceptions. */
export const EMBED_CYRILLIC_EXCEPTIONS = ['CSS', 'iframe', 'Iframe'];

export const EMBED_STRINGS: Record<EditionId, EmbedStrings> = {
  en: {
    'embed-read-full': 'Read the full story',
    'embed-title': 'Embed this story',
    'embed-intro': 'Newsrooms may put this story in their own articles: copy one of these codes into your article.',
    'embed-start': 'First section',
    'embed-start-intro': 'Introduction',
    'embed-chrome': 'Keep the title, standfirst and byline',
    'embed-script': 'Script (recommended)',
    'embed-script-note':
      'The story appears in your page and scrolls with it; the chart stays in view within your article column. Your page’s styles do not change it, and it does not change them.',
    'embed-frame': 'Iframe with our resize script',
    'embed-frame-note':
      'The frame takes the height of the story, and the script tells it where the reader’s screen is, so each step changes at the same place as on our page. It also works with {pym}.',
    'embed-plain': 'Iframe alone, where scripts are not allowed',
    'embed-plain-note': 'The story scrolls inside a frame of fixed height.',
    'embed-theme': 'Your font and colours: set these CSS custom properties on the container of the script embed, or add {params} to the address of an iframe.',
    'embed-copy': 'Copy',
    'embed-copied': 'Copied',
  },
  sr: {
    'embed-read-full': 'Pročitajte celu priču',
    'embed-title': 'Ugradite ovu priču',
    'embed-intro': 'Redakcije mogu da objave ovu priču u svojim člancima: kopirajte jedan od ovih kodova u svoj članak.',
    'embed-start': 'Prvi deo',
    'embed-start-intro': 'Uvod',
    'embed-chrome': 'Zadrži naslov, podnaslov i potpis',
    'embed-script': 'Skripta (preporučeno)',
    'embed-script-note':
      'Priča se prikazuje u vašoj stranici i pomera se s njom, a grafikon ostaje na ekranu unutar kolone vašeg članka. Stilovi vaše stranice je ne menjaju, niti ona menja njih.',
    'embed-frame': 'Iframe s našom skriptom za visinu',
    'embed-frame-note':
      'Okvir dobija visinu priče, a skripta mu javlja gde je ekran čitaoca, pa se svaki korak menja na istom mestu kao na našoj stranici. Radi i sa {pym}.',
    'embed-plain': 'Samo iframe, gde skripte nisu dozvoljene',
    'embed-plain-note': 'Priča se pomera unutar okvira stalne visine.',
    'embed-theme': 'Vaš font i boje: postavite ova CSS svojstva na element u koji se ugrađuje skripta ili dodajte {params} adresi okvira.',
    'embed-copy': 'Kopiraj',
    'embed-copied': 'Kopirano',
  },
  'sr-cyrl': {
    'embed-read-full': 'Прочитајте целу причу',
    'embed-title': 'Уградите ову причу',
    'embed-intro': 'Редакције могу да објаве ову причу у својим чланцима: копирајте један од ових кодова у свој чланак.',
    'embed-start': 'Први део',
    'embed-start-intro': 'Увод',
    'embed-chrome': 'Задржи наслов, поднаслов и потпис',
    'embed-script': 'Скрипта (препоручено)',
    'embed-script-note':
      'Прича се приказује у вашој страници и помера се с њом, а графикон остаје на екрану унутар колоне вашег чланка. Стилови ваше странице је не мењају, нити она мења њих.',
    'embed-frame': 'Iframe с нашом скриптом за висину',
    'embed-frame-note':
      'Оквир добија висину приче, а скрипта му јавља где је екран читаоца, па се сваки корак мења на истом месту као на нашој страници. Ради и са {pym}.',
    'embed-plain': 'Само iframe, где скрипте нису дозвољене',
    'embed-plain-note': 'Прича се помера унутар оквира сталне висине.',
    'embed-theme': 'Ваш фонт и боје: поставите ова CSS својства на елемент у који се уграђује скрипта или додајте {params} адреси оквира.',
    'embed-copy': 'Копирај',
    'embed-copied': 'Копирано',
  },
};
