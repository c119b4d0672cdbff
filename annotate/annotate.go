package annotate

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/internal/figures"
	"github.com/autonews/autonews/internal/tagger"
	"golang.org/x/text/language"
)

// ErrInvalidArticle is returned, wrapped, by [Annotator.Annotate] when an
// article's spans do not fit its Source: a Body or boilerplate span out of
// range or not on UTF-8 rune boundaries.
var ErrInvalidArticle = errors.New("annotate: invalid article")

// An Option configures an [Annotator] built by [New].
type Option func(*config)

type config struct {
	catalog  *entity.Catalog
	guess    bool
	prose    bool
	entities bool
	figures  bool
}

// WithCatalog makes the Annotator match names against c instead of
// [entity.DefaultCatalog]. Build c with [entity.LoadCatalog] to replace the
// defaults, or with [entity.Catalog.Extend] to add to them.
func WithCatalog(c *entity.Catalog) Option {
	return func(cfg *config) { cfg.catalog = c }
}

// WithGuesses sets whether capitalized names that the catalog lacks are
// proposed as entities, with a kind guessed from cues such as legal
// suffixes ("Ltd", "GmbH"), titles ("CEO", "topman") and place
// prepositions. Guessed entities have Entity.Guessed set. The default is
// on.
func WithGuesses(on bool) Option {
	return func(cfg *config) { cfg.guess = on }
}

// WithProse sets whether English sentences that hold capitalized words the
// catalog did not match are also run through the prose named-entity
// recognizer, whose labels are filtered. It is off by default: it is slow
// (see the README for the measurement) and only used for English.
func WithProse(on bool) Option {
	return func(cfg *config) { cfg.prose = on }
}

// WithEntities sets whether entities are tagged; the default is on. An
// Annotator built with WithEntities(false) skips building the matcher.
func WithEntities(on bool) Option {
	return func(cfg *config) { cfg.entities = on }
}

// WithFigures sets whether figures are extracted; the default is on.
func WithFigures(on bool) Option {
	return func(cfg *config) { cfg.figures = on }
}

// An Annotator finds entities and figures in articles. It is built once by
// [New] and is immutable afterwards.
//
// An Annotator is safe for concurrent use by multiple goroutines.
type Annotator struct {
	tagger  *tagger.Tagger     // nil when entities are off
	figures *figures.Extractor // nil when figures are off
}

// New builds an Annotator. With no options it tags entities from
// [entity.DefaultCatalog], proposes unknown names and extracts figures.
// The expensive work (loading the catalog, compiling the matcher) is done
// here, once.
func New(opts ...Option) (*Annotator, error) {
	cfg := config{guess: true, entities: true, figures: true}
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("annotate: nil Option")
		}
		o(&cfg)
	}
	a := new(Annotator)
	if cfg.entities {
		cat := cfg.catalog
		if cat == nil {
			var err error
			if cat, err = entity.DefaultCatalog(); err != nil {
				return nil, fmt.Errorf("annotate: loading the default catalog: %w", err)
			}
		}
		t, err := tagger.New(cat, tagger.Options{Guess: cfg.guess, Prose: cfg.prose})
		if err != nil {
			return nil, fmt.Errorf("annotate: %w", err)
		}
		a.tagger = t
	}
	if cfg.figures {
		a.figures = figures.New()
	}
	return a, nil
}

// Annotate returns the entities, figures and sentences of art's body.
// Boilerplate spans inside the body are skipped. Spans in the result are
// byte offsets into art.Source. The article is not modified.
//
// The error is non-nil, wrapping [ErrInvalidArticle], only when art's Body
// or Boilerplate spans do not fit art.Source.
func (a *Annotator) Annotate(art *entity.Article) (entity.Annotations, error) {
	if art == nil {
		return entity.Annotations{}, fmt.Errorf("%w: nil article", ErrInvalidArticle)
	}
	if !art.Body.IsValid(art.Source) {
		return entity.Annotations{}, fmt.Errorf("%w: body span [%d,%d) does not fit a source of %d bytes on rune boundaries",
			ErrInvalidArticle, art.Body.Start, art.Body.End, len(art.Source))
	}
	var skip []entity.Span
	for _, b := range art.Boilerplate {
		if !b.Span.IsValid(art.Source) {
			return entity.Annotations{}, fmt.Errorf("%w: boilerplate span [%d,%d) does not fit a source of %d bytes on rune boundaries",
				ErrInvalidArticle, b.Start, b.End, len(art.Source))
		}
		if b.Overlaps(art.Body) {
			skip = append(skip, b.Span)
		}
	}
	slices.SortFunc(skip, func(x, y entity.Span) int { return x.Start - y.Start })
	return a.annotate(art.Source, art.Body, skip, art.Language.Code()), nil
}

// AnnotateText annotates the whole of text as a body written in lang
// (language.Und when unknown). Spans are byte offsets into text.
func (a *Annotator) AnnotateText(text string, lang language.Tag) entity.Annotations {
	code := entity.Language{Tag: lang}.Code()
	return a.annotate(text, entity.Span{Start: 0, End: len(text)}, nil, code)
}

// supported are the languages with word lists of their own.
var supported = map[string]bool{
	"en": true, "nl": true, "de": true, "fr": true, "it": true, "es": true, "pt": true,
	"pl": true, "cs": true, "sv": true, "tr": true, "zh": true, "ja": true, "ko": true,
}

// closest maps languages without lists to the supported language whose
// number words, currency names and cues they share most.
var closest = map[string]string{
	"ca": "es", "gl": "pt", "da": "sv", "nb": "sv", "nn": "sv", "no": "sv", "sk": "cs",
}

// LexiconFor returns the ISO 639-1 code of the word lists that annotate
// uses for a text in the language code (ISO 639-1 or "und"): code itself
// when it is supported, the closest supported language for a few close
// relatives, or "und" (the language-neutral rules). See
// [entity.Annotations.Lexicon].
func LexiconFor(code string) string {
	code = strings.ToLower(code)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	if supported[code] {
		return code
	}
	if c, ok := closest[code]; ok {
		return c
	}
	return "und"
}

func (a *Annotator) annotate(src string, body entity.Span, skip []entity.Span, lang string) entity.Annotations {
	lang = LexiconFor(lang)
	ann := entity.Annotations{
		Lexicon:   lang,
		Entities:  []entity.Entity{},
		Figures:   []entity.Figure{},
		Sentences: tagger.Sentences(src, body, lang),
	}
	if a.tagger != nil {
		if es := a.tagger.TagSentences(src, body, ann.Sentences, skip, lang); es != nil {
			ann.Entities = es
		}
	}
	if a.figures != nil {
		for _, f := range a.figures.Extract(src, body, lang) {
			if !inAny(f.Span, skip) {
				ann.Figures = append(ann.Figures, f)
			}
		}
	}
	ann.Sentences = dropSkipped(ann.Sentences, skip)
	return ann
}

// inAny reports whether s overlaps any of the sorted spans in skip.
func inAny(s entity.Span, skip []entity.Span) bool {
	for _, k := range skip {
		if k.Start >= s.End {
			return false
		}
		if k.Overlaps(s) {
			return true
		}
	}
	return false
}

// dropSkipped removes the sentences that lie wholly inside a skipped span.
func dropSkipped(sents []entity.Span, skip []entity.Span) []entity.Span {
	if len(skip) == 0 {
		return sents
	}
	out := sents[:0]
	for _, s := range sents {
		covered := false
		for _, k := range skip {
			if k.Contains(s) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, s)
		}
	}
	return out
}
