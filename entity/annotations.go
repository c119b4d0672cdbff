package entity

// An Entity is a name found in an article: an organization, person, place,
// product or event, with the canonical name of what it refers to.
type Entity struct {
	Span
	// Text is the mention as written, Source[Start:End]. Which part of a
	// compound or inflected word the span covers is documented by the
	// annotator that found it.
	Text string `json:"text"`
	// Kind is the kind of thing named.
	Kind Kind `json:"kind"`
	// Canonical is the knowledge base's name for it ("Stellantis"), or the
	// normalized mention for names the knowledge base lacks.
	Canonical string `json:"canonical"`
	// Category refines Kind ("automaker", "brand", "supplier", "country",
	// "city", "plant", "model", "executive"), or "" when not known.
	Category string `json:"category"`
	// Guessed is true for names proposed by a fallback rather than matched
	// in the knowledge base.
	Guessed bool `json:"guessed,omitempty"`
}

// Money is an exact amount of money: Units whole units plus Nanos
// billionths of a unit of the currency, as in google.type.Money. Units and
// Nanos have the same sign.
type Money struct {
	// Currency is the ISO 4217 code ("EUR").
	Currency string `json:"currency"`
	// Units is the whole part of the amount.
	Units int64 `json:"units"`
	// Nanos is the fractional part in billionths, -999999999..999999999.
	Nanos int32 `json:"nanos"`
}

// Float returns the amount as a float64, which may round.
func (m Money) Float() float64 { return float64(m.Units) + float64(m.Nanos)/1e9 }

// A Figure is a number found in an article with what it counts: an amount
// of money, a percentage or a quantity, normalized.
type Figure struct {
	Span
	// Text is the figure as written, Source[Start:End], including its
	// qualifier ("more than 30 percent").
	Text string `json:"text"`
	// Kind is money, percent or quantity.
	Kind FigureKind `json:"kind"`
	// Value is the normalized number: 25e9 for "25 miljard euro", 30 for
	// "dertig procent". For a range it is the lower bound.
	Value float64 `json:"value"`
	// Currency is the ISO 4217 code of a money figure, "" otherwise.
	Currency string `json:"currency,omitempty"`
	// Amount is the exact value of a money figure; nil otherwise.
	Amount *Money `json:"amount,omitempty"`
	// Unit is the canonical unit of a quantity ("unit", "GWh", "km", "day"),
	// or "pp" for a percent figure in percentage points.
	Unit string `json:"unit,omitempty"`
	// Qualifier is the hedge the text puts on the value.
	Qualifier Qualifier `json:"qualifier"`
	// Min and Max are the bounds of a range ("between 2 and 3 billion");
	// both are nil for a single value.
	Min *float64 `json:"min,omitempty"`
	Max *float64 `json:"max,omitempty"`
}

// Annotations are what an annotator found in an article's body. Every slice
// is sorted by Start; spans are byte offsets into the article's Source.
type Annotations struct {
	// Entities are the named entities, sorted by Start, not overlapping.
	Entities []Entity `json:"entities"`
	// Figures are the money, percent and quantity figures, sorted by Start.
	Figures []Figure `json:"figures"`
	// Sentences are the body's sentence spans, sorted by Start.
	Sentences []Span `json:"sentences,omitempty"`
	// Lexicon is the ISO 639-1 code of the language whose word lists
	// (number and scale words, currency names, entity cues) annotated the
	// body: the article's own language when it is supported, the closest
	// supported one for a few close relatives (Catalan and Galician are
	// read with Spanish and Portuguese lists, Danish and Norwegian with
	// Swedish, Slovak with Czech), or "und" for the language-neutral rules
	// (digits, symbols, ISO codes, the catalog's aliases in every language)
	// with English number words.
	Lexicon string `json:"lexicon,omitempty"`
}
