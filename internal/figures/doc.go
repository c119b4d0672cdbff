// Package figures finds money, percent and quantity figures in
// auto-industry news text: "25 miljard euro", "more than 30 percent",
// "knapp 2,7 Millionen Fahrzeuge", "entre 3 y 5 millones de euros".
//
// An [Extractor] is built once with [New] and used from many goroutines:
//
//	x := figures.New()
//	for _, f := range x.Extract(src, body, "nl") {
//		fmt.Println(f.Text, f.Kind, f.Value, f.Currency, f.Unit, f.Qualifier)
//	}
//
// Each [entity.Figure] carries a span of byte offsets into the exact input,
// its text (src[Start:End], qualifier and range words included), its kind
// and normalized value. Money has an ISO 4217 currency and an exact
// [entity.Money] amount computed with integer arithmetic; quantities have a
// canonical unit ("unit" for vehicles, "GWh", "km", "hp", "day"); percentage
// points are percent figures with unit "pp". Ranges ("between 2 and 3
// billion dollars", "2-3%") are one figure whose Value is its lower bound,
// with Min and Max set.
//
// # Languages
//
// English, Dutch, German, French, Italian, Spanish and Portuguese have full
// lexicons: number words with compounds ("vierentwintig", "fünfundzwanzig",
// "quatre-vingt-dix", "veinticinco"), scale words and abbreviations, currency
// names, units and qualifiers. Swedish, Polish, Czech and Turkish have
// smaller lexicons (digits with scales, currencies, units, percent and
// qualifiers, including Turkish "yüzde 17" and "%80"). Chinese has digits
// with 万 and 亿, 元 and 美元, 辆, ％ and 成 (tenths: "三成" is 30%), and
// durations (18小时, 3个月); Japanese adds 億, 兆, 円, 割 and qualifiers
// such as 約 and 以上. Groups with descending Chinese or Japanese scales
// make one number: "3兆2000億円" is 3.2e12 yen, "1亿5000万元" 1.5e8 yuan. Any other language code, "und" or "" falls
// back to English.
// The README's "Figure forms" section lists the forms per language.
//
// The language also decides how a number with one separator before three
// digits reads: in English "1,500" is 1500 and "1.500" is 1.5; in the other
// languages "1.500" is 1500 and "1,5" is 1.5. Numbers with both separators
// ("1.234,5", "1,234.5"), with spaces, NBSP or narrow NBSP between groups
// ("1 234,5"), or with apostrophes ("1'234.5") read the same everywhere.
//
// # What is not a figure
//
// A number is a figure only with a currency, a percent sign or word, or a
// unit. Years and dates, times ("14:30"), model names and engine codes
// ("Peugeot 208", "e-2008", "C10", "ID.3", "1.2 PureTech"), ordinals ("1st",
// "3e"), versions and phone numbers are not figures. Numbers written in
// words make figures only for money, percentages and vehicle counts
// ("dertig procent", "one million units"); durations and measures need
// digits ("343 days", not "two years later"). Vague amounts are no
// figures: "several hundred million euros", "mehrere hundert Millionen
// Euro", "hundreds of millions of dollars"; English wants "a" or a number
// word before "hundred" and "thousand".
//
// # Limits
//
// A number with more than 18 significant digits, or a figure whose whole
// part does not fit int64 after scaling, is skipped; digits beyond
// billionths are cut from money amounts. The scan is one pass over the
// text with bounded look-around, so its time is linear in the length of
// the text whatever the input. Output may improve between versions.
package figures
