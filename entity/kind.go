package entity

import "fmt"

// enumText is the shared table behind the String, MarshalText and
// UnmarshalText methods of the small enums in this package. Index 0 is the
// zero value's word.
type enumText []string

func (t enumText) str(i int) string {
	if i < 0 || i >= len(t) {
		return fmt.Sprintf("%d", i)
	}
	return t[i]
}

func (t enumText) parse(typ, s string) (int, error) {
	for i, w := range t {
		if w == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("entity: unknown %s %q", typ, s)
}

// Kind is the kind of a named entity. The zero Kind is Unknown.
type Kind int

// The kinds of named entity.
const (
	Unknown      Kind = iota // not known; never produced by the annotators
	Organization             // companies, brands, joint ventures, news sources, public bodies
	Person                   // people
	Place                    // countries, regions, cities, plants
	Product                  // vehicle models, powertrains, platforms, batteries
	Event                    // motor shows and trade fairs
)

var kindText = enumText{"unknown", "organization", "person", "place", "product", "event"}

// String returns the kind's lower-case name as used in JSON ("organization").
func (k Kind) String() string { return kindText.str(int(k)) }

// MarshalText encodes the kind as its String.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind's String.
func (k *Kind) UnmarshalText(b []byte) error {
	i, err := kindText.parse("entity kind", string(b))
	*k = Kind(i)
	return err
}

// FigureKind is the kind of a figure. The zero FigureKind is UnknownFigure.
type FigureKind int

// The kinds of figure.
const (
	UnknownFigure  FigureKind = iota // not known; never produced by the annotators
	MoneyFigure                      // an amount of money, with a currency
	PercentFigure                    // a percentage, or percentage points (Unit "pp")
	QuantityFigure                   // a count or measure, with a unit
)

var figureKindText = enumText{"unknown", "money", "percent", "quantity"}

// String returns the kind's lower-case name as used in JSON ("money").
func (k FigureKind) String() string { return figureKindText.str(int(k)) }

// MarshalText encodes the kind as its String.
func (k FigureKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind's String.
func (k *FigureKind) UnmarshalText(b []byte) error {
	i, err := figureKindText.parse("figure kind", string(b))
	*k = FigureKind(i)
	return err
}

// Qualifier says how a figure's value relates to the real one, as the text
// hedges it ("about 20%", "more than 30 procent"). The zero Qualifier is
// Exact.
type Qualifier int

// The qualifiers.
const (
	Exact         Qualifier = iota // no hedge; marshals as ""
	Approximately                  // about, around, nearly, ongeveer, etwa, environ, circa
	MoreThan                       // more than, over, meer dan, mehr als, plus de
	LessThan                       // less than, under, minder dan, weniger als, moins de
	AtLeast                        // at least, minstens, mindestens, au moins
	AtMost                         // at most, hoogstens, höchstens, au plus
	UpTo                           // up to, tot, bis zu, jusqu'à
)

var qualifierText = enumText{"", "approximately", "more_than", "less_than", "at_least", "at_most", "up_to"}

// String returns the qualifier's JSON word ("more_than"), or "" for Exact.
func (q Qualifier) String() string { return qualifierText.str(int(q)) }

// MarshalText encodes the qualifier as its String.
func (q Qualifier) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText decodes a qualifier's String.
func (q *Qualifier) UnmarshalText(b []byte) error {
	i, err := qualifierText.parse("qualifier", string(b))
	*q = Qualifier(i)
	return err
}

// Reason says why a stretch of an article was judged boilerplate. The zero
// Reason is OtherBoilerplate.
type Reason int

// The reasons for boilerplate.
const (
	OtherBoilerplate Reason = iota // page furniture of no more specific kind
	RelatedLinks                   // "Read also", "Lees ook", "À lire aussi" link lists
	Share                          // share buttons: "Share", "Delen", "Partager"
	AuthorBox                      // "Published by", author boxes and bylines after the body
	RecentPosts                    // "Recent Posts" lists, headlines with relative times
	Cookie                         // cookie and consent notices
	Newsletter                     // newsletter and subscription calls
	Comments                       // comment sections and calls to comment
	Tags                           // tag and category lists after the body
	Advertisement                  // advertisement markers
	Navigation                     // breadcrumbs and navigation links
	Caption                        // photo captions and labels ("Imagem de Destaque")
	Credit                         // agency and reporter credits ("(dpa)", "/kel/DP/mis")
	Promo                          // app, messenger and channel promotions ("Follow us on WhatsApp")
	Counter                        // position counters ("article 6 of 11")
	Contact                        // customer-service numbers, addresses and opening hours
	DateStamp                      // date and update lines outside the header
)

var reasonText = enumText{"other", "related-links", "share", "author-box", "recent-posts",
	"cookie", "newsletter", "comments", "tags", "advertisement", "navigation",
	"caption", "credit", "promo", "counter", "contact", "date"}

// String returns the reason's JSON word ("related-links").
func (r Reason) String() string { return reasonText.str(int(r)) }

// MarshalText encodes the reason as its String.
func (r Reason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a reason's String.
func (r *Reason) UnmarshalText(b []byte) error {
	i, err := reasonText.parse("boilerplate reason", string(b))
	*r = Reason(i)
	return err
}
