// Month names and abbreviations of the TR4/TR5 date transforms, per language: index 0 = January. Each entry
// lists the stems (lower case, accents kept; lookups also try the accent-stripped form) that the registry's
// input patterns accept for that month.
export const MONTH_STEMS: Record<string, readonly string[]> = {
  bg: ['ян', 'фев', 'мар', 'апр', 'май маи', 'юни', 'юли', 'авг', 'сеп', 'окт', 'ное', 'дек'],
  cs: [
    'leden ledna lednu led', 'únor unor února unora únoru unoru úno uno', 'březen brezen března brezna březnu breznu bře bre',
    'duben dubna dubnu dub', 'květen kveten května kvetna květnu kvetnu kvě kve', 'červen cerven června cervna červnu cervnu čvn cvn',
    'červenec cervenec července cervence červenci cervenci čvc cvc', 'srpen srpna srpnu srp', 'září zari zář zar',
    'říjen rijen října rijna říjnu rijnu říj rij', 'listopad listopadu lis', 'prosinec prosince prosinci pro',
  ],
  cy: ['ion', 'chwe', 'maw faw', 'ebr', 'mai fai', 'meh feh', 'gor ngor', 'aws', 'med fed fedi', 'hyd', 'tach dach nhach thach', 'rhag rag'],
  da: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  de: ['jan jän jaen', 'feb', 'mär maer mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
  el: ['ιαν', 'φεβ', 'μαρ', 'απρ αριλ', 'μαι', 'ιουν', 'ιουλ', 'αυγ', 'σεπ', 'οκτ', 'νοε', 'δεκ'],
  en: [
    'january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug',
    'september sep sept', 'october oct', 'november nov', 'december dec',
  ],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  et: ['jaan', 'veebr', 'märts marts', 'apr', 'mai', 'juuni', 'juuli', 'aug', 'sept', 'okt', 'nov', 'dets'],
  fi: ['tam', 'hel', 'maa', 'huh', 'tou', 'kes', 'hei', 'elo', 'syy', 'lok', 'mar', 'jou'],
  fr: ['janv', 'févr fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août aout', 'sept', 'oct', 'nov', 'déc dec'],
  hr: ['sij', 'velj', 'ožu ozu', 'tra', 'svi', 'lip', 'srp', 'kol', 'ruj', 'lis', 'stu', 'pro'],
  hu: ['jan', 'feb', 'márc marc', 'ápr apr', 'máj maj', 'jún jun', 'júl jul', 'aug', 'szept', 'okt', 'nov', 'dec'],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  lt: ['sau', 'vas', 'kov', 'bal', 'geg', 'bir', 'lie', 'rugp rgp', 'rugs rgs', 'spa spl', 'lap', 'gru grd'],
  lv: ['janv', 'febr', 'marts', 'apr', 'maijs', 'jūn jun', 'jūl jul', 'aug', 'sept', 'okt', 'nov', 'dec'],
  nl: ['jan', 'feb', 'maa mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  no: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'],
  pl: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź paz', 'lis', 'gru'],
  pt: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  ro: ['ian', 'feb', 'mar', 'apr', 'mai', 'iun', 'iul', 'aug', 'sep', 'oct', 'noi nov', 'dec'],
  sk: ['jan', 'feb', 'mar', 'apr', 'máj maj', 'jún jun', 'júl jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  sl: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'avg', 'sep', 'okt', 'nov', 'dec'],
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  hi: ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
  roman: ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'],
};
