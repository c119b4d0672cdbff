package autonews

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"

	"github.com/autonews/autonews/annotate"
	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/parse"
	"golang.org/x/text/language"
)

// An Option configures a [Pipeline] built by [New].
type Option func(*config)

type config struct {
	parseOpts    []parse.Option
	annotateOpts []annotate.Option
	parser       *parse.Parser
	annotator    *annotate.Annotator
}

// WithParseOptions passes opts to [parse.New] when the Pipeline builds its
// parser. It cannot be combined with [WithParser].
func WithParseOptions(opts ...parse.Option) Option {
	return func(c *config) { c.parseOpts = append(c.parseOpts, opts...) }
}

// WithAnnotateOptions passes opts to [annotate.New] when the Pipeline builds
// its annotator. It cannot be combined with [WithAnnotator].
func WithAnnotateOptions(opts ...annotate.Option) Option {
	return func(c *config) { c.annotateOpts = append(c.annotateOpts, opts...) }
}

// WithParser makes the Pipeline use p, which may be shared with other
// Pipelines.
func WithParser(p *parse.Parser) Option {
	return func(c *config) { c.parser = p }
}

// WithAnnotator makes the Pipeline use a, which may be shared with other
// Pipelines.
func WithAnnotator(a *annotate.Annotator) Option {
	return func(c *config) { c.annotator = a }
}

// A Pipeline parses and annotates articles. It is built once by [New] and
// is immutable afterwards.
//
// A Pipeline is safe for concurrent use by multiple goroutines.
type Pipeline struct {
	parser    *parse.Parser
	annotator *annotate.Annotator
}

// New builds a Pipeline: a parser ([parse.New]) and an annotator
// ([annotate.New]) with their default settings unless options say
// otherwise. Building loads the knowledge base and compiles its matcher;
// do it once and reuse the Pipeline.
func New(opts ...Option) (*Pipeline, error) {
	var c config
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("autonews: nil Option")
		}
		o(&c)
	}
	if c.parser != nil && len(c.parseOpts) > 0 {
		return nil, errors.New("autonews: WithParser and WithParseOptions cannot be combined")
	}
	if c.annotator != nil && len(c.annotateOpts) > 0 {
		return nil, errors.New("autonews: WithAnnotator and WithAnnotateOptions cannot be combined")
	}
	p := &Pipeline{parser: c.parser, annotator: c.annotator}
	var err error
	if p.parser == nil {
		if p.parser, err = parse.New(c.parseOpts...); err != nil {
			return nil, fmt.Errorf("autonews: %w", err)
		}
	}
	if p.annotator == nil {
		if p.annotator, err = annotate.New(c.annotateOpts...); err != nil {
			return nil, fmt.Errorf("autonews: %w", err)
		}
	}
	return p, nil
}

// Process parses and annotates one article. The errors are those of
// [parse.Parser.Parse], wrapped: [parse.ErrEmpty], [parse.ErrTooLarge]
// (over [parse.DefaultMaxSize] bytes unless set otherwise), and
// [parse.ErrInvalidUTF8] with the byte offset of the first bad byte; the
// text is never repaired. A body with more figures or entities than
// [annotate.MaxFigures] or [annotate.MaxEntities] is no error: the
// Document holds the first ones and its Truncated field says so.
func (p *Pipeline) Process(text string) (Document, error) {
	return p.ProcessAs(text, language.Und)
}

// ProcessAs is like Process, but the caller gives the article's language:
// detection is skipped unless lang is language.Und.
func (p *Pipeline) ProcessAs(text string, lang language.Tag) (Document, error) {
	var (
		art *entity.Article
		err error
	)
	if lang == language.Und {
		art, err = p.parser.Parse(text)
	} else {
		art, err = p.parser.ParseAs(text, lang)
	}
	if err != nil {
		return Document{}, err
	}
	doc := Document{Article: art}
	doc.Annotations, err = p.annotator.Annotate(art)
	var cut *annotate.TruncatedError
	switch {
	case errors.As(err, &cut):
		doc.Truncated = &Truncation{Figures: cut.Figures, Entities: cut.Entities, Offset: cut.Offset}
	case err != nil:
		// The parser's spans always fit and its text is valid UTF-8; this
		// is a bug if it happens.
		return Document{}, fmt.Errorf("autonews: annotating a parsed article: %w", err)
	}
	return doc, nil
}

// A Truncation reports that a [Document]'s figures or entities were cut at
// their caps, [annotate.MaxFigures] and [annotate.MaxEntities]: the lists
// hold the first ones, and every one that starts before Offset.
type Truncation struct {
	// Figures and Entities report which lists were cut.
	Figures  bool `json:"figures"`
	Entities bool `json:"entities"`
	// Offset is the byte offset into the input of the first figure or
	// entity left out.
	Offset int `json:"offset"`
}

// A Document is one processed article: what the parser made of the text
// and what the annotator found in its body.
type Document struct {
	// ID identifies the article for the caller (a path, a URL, a feed
	// id); the Pipeline sets it only in [Pipeline.Stream] results.
	ID string
	// Article is the parsed article; its Source is the input text.
	Article *entity.Article
	// Annotations are the entities, figures and sentences of the body.
	Annotations entity.Annotations
	// Truncated is nil, or reports that the body held more figures or
	// entities than the caps and that Annotations holds the first ones.
	Truncated *Truncation
}

type boilerplateJSON struct {
	entity.Span
	Reason entity.Reason `json:"reason"`
}

type documentJSON struct {
	ID          string            `json:"id"`
	Language    entity.Language   `json:"language"`
	Lexicon     string            `json:"lexicon"`
	Date        string            `json:"date"`
	Title       string            `json:"title"`
	Author      string            `json:"author"`
	Categories  []string          `json:"categories"`
	Body        string            `json:"body"`
	BodySpan    entity.Span       `json:"body_span"`
	Paragraphs  []entity.Span     `json:"paragraphs"`
	Boilerplate []boilerplateJSON `json:"boilerplate"`
	Entities    []entity.Entity   `json:"entities"`
	Figures     []entity.Figure   `json:"figures"`
	Truncated   *Truncation       `json:"truncated,omitempty"`
}

// MarshalJSON encodes the document in the project's JSON contract (see the
// package documentation). Empty lists are written as [], never null; the
// date is YYYY-MM-DD or "".
func (d Document) MarshalJSON() ([]byte, error) {
	art := d.Article
	if art == nil {
		art = &entity.Article{}
	}
	v := documentJSON{
		ID:          d.ID,
		Language:    art.Language,
		Lexicon:     d.Annotations.Lexicon,
		Title:       art.Title,
		Author:      art.Author,
		Categories:  nonNil(art.Categories),
		Body:        art.BodyText(),
		BodySpan:    art.Body,
		Paragraphs:  nonNil(art.Paragraphs),
		Boilerplate: make([]boilerplateJSON, 0, len(art.Boilerplate)),
		Entities:    nonNil(d.Annotations.Entities),
		Figures:     nonNil(d.Annotations.Figures),
		Truncated:   d.Truncated,
	}
	if !art.Date.IsZero() {
		v.Date = art.Date.Format("2006-01-02")
	}
	for _, b := range art.Boilerplate {
		v.Boilerplate = append(v.Boilerplate, boilerplateJSON{Span: b.Span, Reason: b.Reason})
	}
	return json.Marshal(v)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// An Input is one article for [Pipeline.Stream].
type Input struct {
	// ID identifies the article in its Result.
	ID string
	// Text is the article.
	Text string
	// Language is the article's language when the caller knows it, or
	// language.Und (the zero Tag) to detect it.
	Language language.Tag
}

// A Result is the outcome of one [Input] of [Pipeline.Stream]: its
// Document, or the error that stopped it.
type Result struct {
	// Index is the position of the Input in the input stream, from 0.
	Index int
	// Document is the processed article, with ID set; zero when Err is set.
	Document Document
	// ID is the Input's ID, also when Err is set.
	ID string
	// Err is the error from [Pipeline.ProcessAs], or nil.
	Err error
}

// Stream processes the articles received from in with up to workers
// goroutines (runtime.GOMAXPROCS(0) when workers < 1) and sends one Result
// per Input on the returned channel, in input order. The channel is closed
// after in is closed and every Result is sent, or as soon as ctx is done;
// then the Results not yet sent are dropped and ctx.Err() is the caller's
// way to know. At most about 2*workers articles are held in memory at once.
func (p *Pipeline) Stream(ctx context.Context, in <-chan Input, workers int) <-chan Result {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make(chan Result)
	pending := make(chan chan Result, workers) // futures, in input order
	sem := make(chan struct{}, workers)
	go func() {
		defer close(pending)
		for i := 0; ; i++ {
			var x Input
			select {
			case <-ctx.Done():
				return
			case v, ok := <-in:
				if !ok {
					return
				}
				x = v
			}
			fut := make(chan Result, 1) // buffered: the worker never blocks
			select {
			case pending <- fut:
			case <-ctx.Done():
				return
			}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func(i int, x Input) {
				defer func() { <-sem }()
				doc, err := p.ProcessAs(x.Text, x.Language)
				doc.ID = x.ID
				if err != nil {
					doc = Document{}
				}
				fut <- Result{Index: i, Document: doc, ID: x.ID, Err: err}
			}(i, x)
		}
	}()
	go func() {
		defer close(out)
		for fut := range pending {
			var r Result
			select {
			case r = <-fut:
			case <-ctx.Done():
				return
			}
			select {
			case out <- r:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}
