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

// MaxFigures and MaxEntities are the most figures and entities that
// [Annotator.Annotate] and [Annotator.AnnotateText] return for one text.
// A real article holds tens or hundreds; the caps bound the memory that
// text made of nothing but figures or names ("1%" repeated to the size
// limit) can take. Text past a cap is reported with a [*TruncatedError].
const (
	MaxFigures  = 10_000
	MaxEntities = 10_000
)

// ErrTruncated is the error, wrapped in a [*TruncatedError], of an
// article that holds more than [MaxFigures] figures or more than
// [MaxEntities] entities.
var ErrTruncated = errors.New("annotate: too many figures or entities")

// A TruncatedError reports that a list of the Annotations was cut at its
// cap. The Annotations returned with it are valid and complete up to
// Offset: they hold the first MaxFigures figures or the first MaxEntities
// entities, and every figure and entity that starts before Offset. Its
// Unwrap returns [ErrTruncated].
type TruncatedError struct {
	// Figures and Entities report which lists were cut.
	Figures, Entities bool
	// Offset is the byte offset into the source of the first figure or
	// entity left out (the smaller one when both lists were cut).
	Offset int
}

// Error returns "annotate: too many figures or entities: over 10000
// figures; results cut at byte offset N".
func (e *TruncatedError) Error() string {
	var what []string
	if e.Figures {
		what = append(what, fmt.Sprintf("over %d figures", MaxFigures))
	}
	if e.Entities {
		what = append(what, fmt.Sprintf("over %d entities", MaxEntities))
	}
	return fmt.Sprintf("%v: %s; results cut at byte offset %d", ErrTruncated, strings.Join(what, " and "), e.Offset)
}

// Unwrap returns [ErrTruncated].
func (e *TruncatedError) Unwrap() error { return ErrTruncated }

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
// The errors are those of package parse for the same text, and two more:
//   - art.Source that is not valid UTF-8 gives a [*entity.UTF8Error] with
//     the offset of the first bad byte, wrapped, as [parse.Parser.Parse]
//     does: errors.Is(err, entity.ErrInvalidUTF8) holds, and nothing is
//     annotated;
//   - art's Body or Boilerplate spans that do not fit art.Source give an
//     error wrapping [ErrInvalidArticle], and nothing is annotated;
//   - a body with more than [MaxFigures] figures or [MaxEntities]
//     entities gives a [*TruncatedError] together with the Annotations
//     found up to its Offset, which are valid and may be used.
//
// [parse.Parser.Parse]: https://pkg.go.dev/github.com/autonews/autonews/parse#Parser.Parse
func (a *Annotator) Annotate(art *entity.Article) (entity.Annotations, error) {
	if art == nil {
		return entity.Annotations{}, fmt.Errorf("%w: nil article", ErrInvalidArticle)
	}
	if err := entity.CheckUTF8(art.Source); err != nil {
		return entity.Annotations{}, fmt.Errorf("annotate: %w", err)
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
	return a.annotate(art.Source, art.Body, skip, art.Language.Code())
}

// AnnotateText annotates the whole of text as a body written in lang
// (language.Und when unknown). Spans are byte offsets into text. The
// errors are those of [Annotator.Annotate]: text that is not valid UTF-8
// (a [*entity.UTF8Error], nothing annotated), or a [*TruncatedError] with
// the Annotations found up to its Offset.
func (a *Annotator) AnnotateText(text string, lang language.Tag) (entity.Annotations, error) {
	if err := entity.CheckUTF8(text); err != nil {
		return entity.Annotations{}, fmt.Errorf("annotate: %w", err)
	}
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

// annotate does the work of Annotate on valid input. Its error is nil or
// a *TruncatedError.
func (a *Annotator) annotate(src string, body entity.Span, skip []entity.Span, lang string) (entity.Annotations, error) {
	lang = LexiconFor(lang)
	ann := entity.Annotations{
		Lexicon:   lang,
		Entities:  []entity.Entity{},
		Figures:   []entity.Figure{},
		Sentences: tagger.Sentences(src, body, lang),
	}
	var cut TruncatedError
	if a.tagger != nil {
		if es := a.tagger.TagLimit(src, body, ann.Sentences, skip, lang, MaxEntities); es != nil {
			if len(es) > MaxEntities {
				cut.Entities, cut.Offset = true, es[MaxEntities].Start
				es = slices.Clone(es[:MaxEntities]) // let the rest go
			}
			ann.Entities = es
		}
	}
	if a.figures != nil {
		// One figure at a time, straight into the result: no list of all
		// figures is built, and the search stops at the cap.
		for f := range a.figures.All(src, body, lang) {
			if inAny(f.Span, skip) {
				continue
			}
			if len(ann.Figures) == MaxFigures {
				if !cut.Entities || f.Start < cut.Offset {
					cut.Offset = f.Start
				}
				cut.Figures = true
				break
			}
			ann.Figures = append(ann.Figures, f)
		}
	}
	ann.Sentences = dropSkipped(ann.Sentences, skip)
	if cut.Figures || cut.Entities {
		return ann, &cut
	}
	return ann, nil
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
