package parse

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/autonews/autonews/entity"
	"golang.org/x/text/language"
)

// DefaultMaxSize is the input size limit of a Parser built without
// WithMaxSize: 4 MiB.
const DefaultMaxSize = 4 << 20

// DefaultMinConfidence is the confidence below which a Parser built
// without WithMinConfidence reports the language as undetermined.
const DefaultMinConfidence = 0.6

// The errors that Parse returns, wrapped with context; test for them with
// errors.Is.
var (
	// ErrEmpty is returned for input that is empty or only white space.
	ErrEmpty = errors.New("parse: empty input")
	// ErrTooLarge is returned for input over the size limit (DefaultMaxSize
	// unless set with WithMaxSize).
	ErrTooLarge = errors.New("parse: input too large")
	// ErrInvalidUTF8 is returned, wrapped in an [*entity.UTF8Error] that
	// holds the byte offset of the first invalid byte, for input that is not
	// valid UTF-8. It is [entity.ErrInvalidUTF8], the value package annotate
	// refuses such text with, so one errors.Is test serves both.
	ErrInvalidUTF8 = entity.ErrInvalidUTF8
)

type config struct {
	langs   []language.Tag
	minConf float64
	maxSize int
}

// An Option configures a Parser built by New.
type Option func(*config)

// WithLanguages sets the languages that language detection chooses from.
// New returns an error when the list is empty or holds a language that
// the detector (lingua) does not know. With a single language, every text
// with enough letters is reported in that language with confidence 1.
// The default is the 14 languages the annotators have lexicons for
// (English, Dutch, German, French, Italian, Spanish, Portuguese, Polish,
// Czech, Swedish, Turkish, Chinese, Japanese and Korean; see
// [SupportedLanguages]) and 26 more European languages (Catalan, Basque,
// Romanian, Hungarian, Danish, Norwegian Bokmål and Nynorsk, Finnish,
// Estonian, Latvian, Lithuanian, Slovak, Slovenian, Croatian, Bosnian,
// Serbian, Bulgarian, Macedonian, Russian, Ukrainian, Belarusian, Greek,
// Albanian, Icelandic, Irish and Welsh), so that an article in one of them
// is reported as itself. WithLanguages(SupportedLanguages()...) detects
// only the 14, with a third of the default's memory.
func WithLanguages(tags ...language.Tag) Option {
	return func(c *config) {
		c.langs = slices.Clone(tags)
	}
}

// WithMinConfidence sets the detector confidence, from 0 to 1, below which
// the language is reported as undetermined (language.Und). The default is
// DefaultMinConfidence. Samples of fewer than 120 letters, where lingua's
// fast mode is unreliable, must also reach 0.95 whatever the setting.
func WithMinConfidence(x float64) Option {
	return func(c *config) { c.minConf = x }
}

// WithMaxSize sets the size limit of the input in bytes; longer input is
// rejected with ErrTooLarge. The default is DefaultMaxSize.
func WithMaxSize(n int) Option {
	return func(c *config) { c.maxSize = n }
}

// A Parser splits texts into articles: language, header, body, paragraphs
// and boilerplate. Build one with New and reuse it. A Parser is immutable
// and safe for concurrent use by multiple goroutines.
type Parser struct {
	det     *detector
	maxSize int
}

// New returns a Parser configured by opts. Building the first default
// Parser of a process loads lingua's trigram models for 40 languages
// (about 250 ms on two cores and 32 MB of heap; 110 ms and 11 MB for the
// 14 supported languages alone), which lingua then shares among all
// Parsers of the process, so later calls take microseconds. New returns
// an error for invalid options.
func New(opts ...Option) (*Parser, error) {
	c := config{langs: defaultLanguages, minConf: DefaultMinConfidence, maxSize: DefaultMaxSize}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.maxSize <= 0 {
		return nil, fmt.Errorf("parse: WithMaxSize(%d): size must be positive", c.maxSize)
	}
	if math.IsNaN(c.minConf) || c.minConf < 0 || c.minConf > 1 {
		return nil, fmt.Errorf("parse: WithMinConfidence(%v): confidence must lie in [0, 1]", c.minConf)
	}
	det, err := newDetector(c.langs, c.minConf)
	if err != nil {
		return nil, err
	}
	return &Parser{det: det, maxSize: c.maxSize}, nil
}

var defaultParser = sync.OnceValues(func() (*Parser, error) { return New() })

// Article parses src with the default Parser, which is built on first use.
func Article(src string) (*entity.Article, error) {
	p, err := defaultParser()
	if err != nil {
		return nil, err
	}
	return p.Parse(src)
}

// Parse splits src into an Article and detects its language from a sample
// of the body. Every span of the Article is a byte range of src. Parse
// returns ErrEmpty, ErrTooLarge or ErrInvalidUTF8 (wrapped) for input it
// cannot read; text with no recognizable header or boilerplate is all body.
func (p *Parser) Parse(src string) (*entity.Article, error) {
	return p.parse(src, language.Und)
}

// ParseAs is Parse for a text whose language the caller knows: it skips
// detection and reports lang with confidence 1. With language.Und it
// detects the language as Parse does.
func (p *Parser) ParseAs(src string, lang language.Tag) (*entity.Article, error) {
	return p.parse(src, lang)
}

func (p *Parser) parse(src string, lang language.Tag) (*entity.Article, error) {
	if len(src) > p.maxSize {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, len(src), p.maxSize)
	}
	if err := entity.CheckUTF8(src); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if s, e := trimSpan(src, 0, len(src)); s == e {
		if len(src) == 0 {
			return nil, ErrEmpty
		}
		return nil, fmt.Errorf("%w: %d bytes of white space", ErrEmpty, len(src))
	}

	lines := splitLines(src)
	marks := make([]mark, len(lines))
	for i, l := range lines {
		if !l.blank() {
			marks[i] = classify(src[l.s:l.e], l.s)
		}
	}
	h := parseHeader(src, lines, marks)
	findLead(src, lines, marks, &h)
	lay := layoutBody(src, lines, marks, &h)

	a := &entity.Article{
		Source:     src,
		Header:     h.span,
		Body:       lay.body,
		Paragraphs: lay.paras,
		TitleSpan:  h.title,
		AuthorSpan: h.author,
	}
	if h.hasTitle {
		a.Title = h.title.Text(src)
	}
	if a.AuthorSpan.IsEmpty() {
		a.AuthorSpan = lay.author
	}
	a.Author = a.AuthorSpan.Text(src)
	for _, c := range h.categories {
		a.Categories = append(a.Categories, c.Text(src))
	}
	a.Boilerplate = append(h.boiler, lay.boiler...)
	slices.SortStableFunc(a.Boilerplate, func(x, y entity.Boilerplate) int { return x.Start - y.Start })

	if lang == language.Und {
		a.Language = p.det.detect(sampleText(src, a.Paragraphs, a.TitleSpan))
	} else {
		a.Language = entity.Language{Tag: lang, Confidence: 1}
	}
	if i := kickerJoin(a.Title, a.Language.Code()); i > 0 {
		// "Krise in der Zulieferindustrie : Immer mehr ...": a kicker and
		// the headline joined on one line.
		a.TitleSpan.Start += i
		a.Title = a.TitleSpan.Text(src)
	}
	if h.hasDate {
		if t, ok := h.date.resolve(a.Language.Tag); ok {
			a.Date, a.DateSpan = t, h.dateSpan
		}
	}
	return a, nil
}

// kickerJoin returns the offset in title where the headline starts after a
// kicker joined to it by a spaced colon ("Krise in der
// Automobilzulieferindustrie : Immer mehr Zulieferer ..."), or 0. French
// typography puts a space before every colon, so in French (code "fr")
// the colon is the headline's own.
func kickerJoin(title, code string) int {
	if code == "fr" {
		return 0
	}
	i := strings.Index(title, " : ")
	if i <= 0 || stats(title[:i]).words > maxKickerWords || stats(title[i+3:]).words < 3 {
		return 0
	}
	return i + 3
}
