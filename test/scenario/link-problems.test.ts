import { describe, expect, it } from 'vitest'
import { translator as messages } from '../../src/i18n/i18n'
import type { Translate } from '../../src/i18n/use-t'
import { linkProblemText } from '../../src/i18n/problem-text'
import type { LinkProblem } from '../../src/scenario/link-problems'
import type { Digits, Locale } from '../../src/elections/languages'
import { decodeScenario } from '../../src/scenario/url-codec'
import { unpackLink } from '../../src/scenario/link-packing'
import share from '../../src/i18n/locales/en/share.json'

function translator(lng: Locale, digits: Digits = 'western'): Translate {
  return messages(lng, digits, 'share')
}

/** The sentences a link's problems make, without the isolates around their values. */
function sentences(link: string, lng: Locale, digits: Digits = 'western'): string[] {
  const decoded = decodeScenario(link)
  const problems: LinkProblem[] = decoded.ok ? decoded.warnings : [decoded.reason]
  const tFile = messages(lng, digits, 'whatif')
  return problems.map((p) =>
    linkProblemText(p, translator(lng, digits), lng, tFile).text.replace(/[\u2068\u2069]/g, ''),
  )
}

/** The file's message for a seat count that is not a number, as the Arabic interface words it. */
const AR_NOT_NUMBER = '"1e3" ليس عدد مقاعد.'

/** One link for each problem the decoder reports, with its sentence in English and Arabic. */
const CASES: [code: string, link: string, english: string, arabic: string][] = [
  [
    'parliament-elsewhere',
    '?v=1&e=custom&pt=Big+house&pf=0123456789abcdef&c=list-1',
    'This link needs the parliament "Big house", which is too large to travel in a link: it opens only on the device that made the link, or once the parliament\'s file has been imported here (Export JSON makes one). Import the file, then open the link again.',
    'يحتاج هذا الرابط إلى البرلمان «Big house»، وهو أكبر من أن يُحمل في رابط: لا يُفتح إلا على الجهاز الذي صُنع عليه الرابط، أو بعد استيراد ملف البرلمان هنا (يصنعه زر «تصدير JSON»). استورد الملف ثم افتح الرابط من جديد.',
  ],
  [
    'no-version',
    '?c=sairoon',
    'This link has no format version (it should start with v=1).',
    'لا يحمل هذا الرابط رقم إصدار الصيغة (يجب أن يبدأ بـ v=1).',
  ],
  [
    'unknown-version',
    '?v=2',
    'This link uses format version "2", which this version of Kutla cannot read.',
    'يستخدم هذا الرابط الإصدار «2» من صيغة الروابط، وهذا الإصدار من «كتلة» لا يستطيع قراءته.',
  ],
  [
    'unknown-election',
    '?v=1&e=narnia-2030',
    'This link is for an election Kutla does not have ("narnia-2030").',
    'هذا الرابط لانتخابات ليست في «كتلة» («narnia-2030»).',
  ],
  [
    'too-long',
    `?v=1&c=kdp&sd=${'x'.repeat(20_000)}`,
    'The link was too long; only its first 20,000 characters were read.',
    'الرابط أطول من اللازم؛ لم يُقرأ منه إلا أول 20,000 حرف.',
  ],
  [
    'repeated-param',
    '?v=1&l=ar&l=en',
    'Used the first of 2 values given for "l".',
    'أُعطي المُعامِل «l» قيمتين، فاعتُمدت الأولى منهما.',
  ],
  [
    'unknown-seat-version',
    '?v=1&s=march2019',
    'The seat figures "march2019" are not available; showing Announced results.',
    'أرقام المقاعد «march2019» غير متوفرة؛ تُعرض النتائج المعلنة بدلًا منها.',
  ],
  [
    'too-many-coalitions',
    `?v=1${'&c=kdp'.repeat(15)}`,
    'Kept the first 12 coalitions and ignored 3 more.',
    'أُبقي على الائتلافات الأولى وعددها 12، وأُهملت 3 ائتلافات أخرى.',
  ],
  [
    'unknown-list',
    '?v=1&c=sairoon.foo',
    'Ignored unknown list "foo" in coalition 1.',
    'أُهملت قائمة غير معروفة «foo» في الائتلاف 1.',
  ],
  [
    'repeated-list',
    '?v=1&c=sairoon.sairoon',
    'Ignored a repeat of Sairoon in coalition 1.',
    'أُهمل تكرار سائرون في الائتلاف 1.',
  ],
  [
    'name-shortened',
    `?v=1&c=kdp*${'x'.repeat(70)}`,
    'Shortened the name of coalition 1 to 60 characters.',
    'اختُصر اسم الائتلاف 1 إلى 60 حرفًا.',
  ],
  [
    'name-control',
    '?v=1&c=*Core%0Aline',
    'Replaced control characters in the name of coalition 1 with spaces.',
    'وُضعت مسافات مكان محارف التحكم في اسم الائتلاف 1.',
  ],
  [
    'bad-active',
    '?v=1&c=kdp&c=puk&a=3',
    'Ignored "a=3": there are 2 coalitions.',
    'أُهمل «a=3»: لا يوجد إلا ائتلافان.',
  ],
  [
    'bad-seat-entry',
    '?v=1&sd=fatah',
    'Ignored the seat entry "fatah": write it as list.seats, for example fatah.50.',
    'أُهمل إدخال المقاعد «fatah»: اكتبه بالصيغة list.seats، مثل fatah.50.',
  ],
  [
    'seats-unknown-list',
    '?v=1&sd=x.3',
    'Ignored seats for unknown list "x".',
    'أُهملت مقاعد لقائمة غير معروفة «x».',
  ],
  [
    'bad-seat-count',
    '?v=1&sd=sairoon.-3',
    'Ignored "-3" seats for Sairoon: seats must be a whole number from 0 to 10,000.',
    'أُهمل عدد المقاعد «-3» لـسائرون: يجب أن يكون عدد المقاعد عددًا صحيحًا من 0 إلى 10,000.',
  ],
  [
    'repeated-seat-count',
    '?v=1&sd=nasr.40_nasr.41',
    'Ignored a second seat count for Nasr.',
    'أُهمل عدد ثانٍ لمقاعد النصر.',
  ],
  [
    'seats-now-shipped',
    '?v=1&s=final2018&sd=fatah.48',
    "The link's 48 seats for Fatah are now the shipped figure.",
    'عدد مقاعد الفتح في الرابط (48) صار هو الرقم الوارد في بيانات «كتلة».',
  ],
  ['unknown-language', '?v=1&l=fr', 'Ignored unknown language "fr".', 'أُهملت لغة غير معروفة «fr».'],
  [
    'unknown-digits',
    '?v=1&dg=roman',
    'Ignored unknown digits "roman".',
    'أُهمل نوع أرقام غير معروف «roman».',
  ],
  [
    'unknown-view',
    '?v=1&vw=huge',
    'Ignored unknown view "huge".',
    'أُهملت طريقة عرض غير معروفة «huge».',
  ],
  [
    'unknown-threshold',
    '?v=1&t=all',
    'Ignored unknown threshold "all".',
    'أُهملت عتبة غير معروفة «all».',
  ],
  [
    'unknown-palette',
    '?v=1&pl=neon',
    'Ignored unknown palette "neon".',
    'أُهملت مجموعة ألوان غير معروفة «neon».',
  ],
  [
    'unknown-alliance',
    '?v=1&al=yes',
    'Ignored unknown alliance mode "yes" (1 is on, 0 is off).',
    'أُهمل وضع تحالف غير معروف «yes» (1 للتشغيل و0 للإيقاف).',
  ],
  [
    'unknown-theme',
    '?v=1&th=neon',
    'Ignored unknown theme "neon" (light or dark).',
    'أُهمل مظهر غير معروف «neon» (فاتح أو داكن).',
  ],
  [
    'bad-story-step',
    '?v=1&st=x',
    'Ignored story step "x": it must be a whole number from 0 to 999.',
    'أُهملت خطوة القصة «x»: يجب أن تكون عددًا صحيحًا من 0 إلى 999.',
  ],
  ['bad-challenge', '?v=1&ch=%3Cb%3E', 'Ignored the challenge "<b>".', 'أُهمل التحدي «<b>».'],
  [
    'parliament-elsewhere',
    '?v=1&e=custom&pf=Big+house',
    'This link needs the parliament "Big house", which is too large to travel in a link: it opens only on the device that made the link, or once the parliament\'s file has been imported here (Export JSON makes one). Import the file, then open the link again.',
    'يحتاج هذا الرابط إلى البرلمان «Big house»، وهو أكبر من أن يُحمل في رابط: لا يُفتح إلا على الجهاز الذي صُنع عليه الرابط، أو بعد استيراد ملف البرلمان هنا (يصنعه زر «تصدير JSON»). استورد الملف ثم افتح الرابط من جديد.',
  ],
  [
    'own-none',
    '?v=1&e=custom',
    'This link is for a parliament of your own, but it carries none.',
    'هذا الرابط لبرلمان من إعدادك، لكنه لا يحمل أي برلمان.',
  ],
  [
    'own-too-many-lists',
    `?v=1&e=custom${'&pp=a.1.000000.0*A'.repeat(1001)}`,
    'This link carries more lists than a parliament can have (1,000).',
    'يحمل هذا الرابط قوائم أكثر مما يتسع له برلمان (1,000).',
  ],
  [
    'own-no-lists',
    '?v=1&e=custom&pp=a',
    'The parliament in this link has no list that could be read.',
    'لا يحوي البرلمان في هذا الرابط أي قائمة يمكن قراءتها.',
  ],
  [
    'own-no-seats',
    '?v=1&e=custom&pp=a.0.000000.0*A&pp=b.0.ffffff.0*B',
    "The parliament in this link has no seats: its lists' seats add up to 0.",
    'البرلمان في هذا الرابط بلا مقاعد: مجموع مقاعد قوائمه صفر.',
  ],
  [
    'own-too-many-seats',
    '?v=1&e=custom&pp=a.6000.000000.0*A&pp=b.5000.ffffff.0*B',
    'The lists of the parliament in this link hold 11,000 seats, more than the 10,000 a chamber can have.',
    'مجموع مقاعد قوائم البرلمان في هذا الرابط 11,000، وهذا أكثر من 10,000، أقصى ما يتسع له مجلس.',
  ],
  [
    'own-list',
    '?v=1&e=custom&pp=a.3.000000.0*A&pp=b.1e3.000000.0*B',
    'Ignored the list "b.1e3.000000.0*B" of the parliament in the link: seats: "1e3" is not a number of seats.',
    'أُهملت القائمة «b.1e3.000000.0*B» من البرلمان في الرابط: seats: ' + AR_NOT_NUMBER,
  ],
  [
    'own-repeated-list',
    '?v=1&e=custom&pp=a.3.000000.0*A&pp=a.1.000000.0*B',
    'Ignored the list "a.1.000000.0*B": the parliament in the link already has a list with its id.',
    'أُهملت القائمة «a.1.000000.0*B»: في البرلمان الذي يحمله الرابط قائمة أخرى بالمعرّف نفسه.',
  ],
  [
    'own-extra',
    '?v=1&e=custom&pp=a.3.000000.0*A&pc=zz*left',
    'Ignored "zz*left" in the parliament in the link.',
    'أُهمل «zz*left» في البرلمان الذي يحمله الرابط.',
  ],
  [
    'too-many-list-changes',
    `?v=1${Array.from({ length: 101 }, (_, i) => `&o=a.n${i}.1.000000.x*N`).join('')}`,
    'Kept the first 100 list changes and ignored the other 1.',
    'أُبقي على أول 100 من تغييرات القوائم، وأُهمل الباقي (1).',
  ],
  [
    'bad-list-change',
    '?v=1&o=x.kdp',
    'Ignored the list change "x.kdp".',
    'أُهمل تغيير القوائم «x.kdp».',
  ],
  [
    'bad-list-name',
    '?v=1&ln=nope*Name',
    'Ignored the list name "nope*Name".',
    'أُهمل اسم القائمة «nope*Name».',
  ],
  [
    'bad-list-colour',
    '?v=1&lc=fatah.red',
    'Ignored the colour "fatah.red".',
    'أُهمل اللون «fatah.red».',
  ],
  [
    'bad-non-voting',
    '?v=1&nv=fatah.x',
    'Ignored the non-voting seats "fatah.x".',
    'أُهملت المقاعد غير المصوِّتة «fatah.x».',
  ],
  [
    'unknown-chamber-rule',
    '?v=1&cm=half',
    'Ignored the chamber rule "half".',
    'أُهملت قاعدة حجم المجلس «half».',
  ],
  ['bad-chamber-size', '?v=1&cs=1e3', 'Ignored the chamber size "1e3".', 'أُهمل حجم المجلس «1e3».'],
]

describe('linkProblemText', () => {
  it.each(CASES)('words %s in English and Arabic', (_, link, english, arabic) => {
    expect(sentences(link, 'en')).toEqual([english])
    expect(sentences(link, 'ar')).toEqual([arabic])
  })

  it('words the reasons a long link cannot be opened in English and Arabic', () => {
    const worded = (search: string, hash: string, lng: Locale) => {
      const unpacked = unpackLink(search, hash)
      if (unpacked.ok) throw new Error('opened')
      return linkProblemText(unpacked.reason, translator(lng), lng).text
    }
    expect(worded('?v=1&z=1', '', 'en')).toBe(
      'This link keeps its scenario after its # sign, and that part did not arrive. Copy the whole link, everything after # included, and open it again.',
    )
    expect(worded('?v=1&z=1', '', 'ar')).toBe(
      'يحمل هذا الرابط السيناريو بعد علامة #، ولم يصل ذلك الجزء. انسخ الرابط كاملًا بما فيه كل ما بعد # ثم افتحه من جديد.',
    )
    expect(worded('?v=1&z=1', '#z=AAAA', 'en')).toBe(
      'The part of this link after its # sign is damaged, so its scenario could not be read. Copy the whole link again.',
    )
    expect(worded('?v=1&z=1', '#z=AAAA', 'ar')).toBe(
      'الجزء الذي بعد علامة # في هذا الرابط تالف، فتعذّرت قراءة السيناريو. انسخ الرابط كاملًا من جديد.',
    )
  })

  it('has a case above for every reason and warning in the messages', () => {
    const codes = [...Object.keys(share.reason), ...Object.keys(share.warning)].map((k) =>
      k.replace(/_(zero|one|two|few|many|other)$/, ''),
    )
    const covered = new Set([
      ...CASES.map(([code]) => code),
      ...['more', 'renamed-list', 'unreadable', 'no-data', 'packed-missing', 'packed-damaged'],
    ])
    expect([...new Set(codes)].filter((c) => !covered.has(c))).toEqual([])
  })

  it('counts the problems beyond eight, with the plural each language needs', () => {
    const link = (n: number) => `?v=1&c=${Array.from({ length: n }, (_, i) => `x${i}`).join('.')}`
    expect(sentences(link(9), 'en').at(-1)).toBe('And 1 more problem.')
    expect(sentences(link(12), 'en').at(-1)).toBe('And 4 more problems.')
    expect(sentences(link(9), 'ar').at(-1)).toBe('ومشكلة واحدة أخرى.')
    expect(sentences(link(10), 'ar').at(-1)).toBe('ومشكلتان أخريان.')
    expect(sentences(link(12), 'ar', 'arabic').at(-1)).toBe('و٤ مشكلات أخرى.')
    expect(sentences(link(20), 'ar', 'arabic').at(-1)).toBe('و١٢ مشكلةً أخرى.')
  })

  it("uses the reader's digits for numbers, and leaves the link's own text as it was", () => {
    expect(sentences('?v=1&sd=sairoon.-3', 'ar', 'arabic')).toEqual([
      'أُهمل عدد المقاعد «-3» لـسائرون: يجب أن يكون عدد المقاعد عددًا صحيحًا من ٠ إلى ١٠٬٠٠٠.',
    ])
    expect(sentences('?v=1&c=kdp&c=puk&c=sol&a=9', 'ar', 'arabic')).toEqual([
      'أُهمل «a=9»: لا توجد إلا ٣ ائتلافات.',
    ])
  })

  it('names a renamed list in the reader’s language', () => {
    const aliases = new Map([['state-of-law', 'sol']])
    const decoded = decodeScenario('?v=1&c=state-of-law', undefined, aliases)
    const [renamed] = decoded.ok ? decoded.warnings : []
    const text = (lng: Locale) =>
      linkProblemText(renamed!, translator(lng), lng).text.replace(/[\u2068\u2069]/g, '')
    expect(text('en')).toBe('The list "state-of-law" is now called "sol" (State of Law).')
    expect(text('ar')).toBe('القائمة «state-of-law» صار اسمها «sol» (دولة القانون).')
  })

  it('falls back to the English name where the data has no Arabic one', () => {
    const problem = { code: 'repeated-list', values: { list: 'Greens', listAr: '', coalition: 2 } }
    expect(linkProblemText(problem as LinkProblem, translator('ar'), 'ar').text).toBe(
      'أُهمل تكرار \u2068Greens\u2069 في الائتلاف 2.',
    )
  })

  it('says when there is no election to open', () => {
    const decoded = decodeScenario('?v=1', { elections: [], errors: [] })
    expect(decoded).toEqual({ ok: false, reason: { code: 'no-data', values: {} } })
    expect(!decoded.ok && linkProblemText(decoded.reason, translator('ar'), 'ar').text).toBe(
      'لا توجد لدى «كتلة» بيانات انتخابية لعرضها.',
    )
  })

  it('says why a link could not be read at all', () => {
    const unreadable: LinkProblem = { code: 'unreadable', values: {} }
    expect(linkProblemText(unreadable, translator('en'), 'en')).toEqual({
      text: 'This link could not be read.',
      lang: 'en',
    })
    expect(linkProblemText(unreadable, translator('ar'), 'ar')).toEqual({
      text: 'تعذّرت قراءة هذا الرابط.',
      lang: 'ar',
    })
  })

  it('sets text from the link in an isolate, so direction marks in it stay inside', () => {
    const decoded = decodeScenario('?v=1&c=%E2%80%AEevil')
    const [warning] = decoded.ok ? decoded.warnings : []
    expect(linkProblemText(warning!, translator('en'), 'en').text).toBe(
      'Ignored unknown list "\u2068\u202eevil\u2069" in coalition 1.',
    )
  })

  it('never reads text from the link as a message, a nesting or a placeholder', () => {
    for (const hostile of ['$t(notice.partial)', '{{count}}', '<img src=x onerror=1>']) {
      const decoded = decodeScenario(`?v=1&${new URLSearchParams({ ch: hostile })}`)
      const [warning] = decoded.ok ? decoded.warnings : []
      expect(linkProblemText(warning!, translator('en'), 'en').text).toBe(
        `Ignored the challenge "\u2068${hostile}\u2069".`,
      )
    }
  })

  it('words every problem of the parliament parameters in Arabic in the Arabic interface', () => {
    const links = CASES.filter(([code]) =>
      /^(own-|bad-list|bad-non|bad-chamber|unknown-chamber|too-many-list)/.test(code),
    )
    expect(links.length).toBeGreaterThan(10)
    for (const [, link] of links) {
      for (const sentence of sentences(link, 'ar')) expect(sentence).toMatch(/[\u0600-\u06ff]/)
    }
  })
})
