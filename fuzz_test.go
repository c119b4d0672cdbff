package autonews

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/autonews/autonews/parse"
	"golang.org/x/text/language"
)

// FuzzProcessAs checks ProcessAs with any text and any language hint: a
// clear error (one of the parser's) or a document whose spans fit.
func FuzzProcessAs(f *testing.F) {
	f.Add("Renault verkocht 20 procent meer.", "nl")
	f.Add("Stellantis sold 3,000 cars.", "xx-!!")
	f.Add("比亚迪销量增长30%。", "zh-Hant")
	f.Add("\xed\xa0\x80 1%", "")
	p := testPipeline(f)
	f.Fuzz(func(t *testing.T, src, code string) {
		tag, err := language.Parse(code)
		if err != nil {
			tag = language.Und
		}
		doc, err := p.ProcessAs(src, tag)
		if err != nil {
			if !errors.Is(err, parse.ErrEmpty) && !errors.Is(err, parse.ErrTooLarge) && !errors.Is(err, parse.ErrInvalidUTF8) {
				t.Fatalf("ProcessAs(%q, %v) error = %v, not one of the parser's", src, tag, err)
			}
			return
		}
		checkDocument(t, src, doc)
		if _, err := json.Marshal(doc); err != nil {
			t.Fatalf("Marshal: %v", err)
		}
	})
}

// FuzzStream sends up to eight articles (the fuzz text split at NUL
// bytes) through Stream and cancels after a given number of results, or
// never: the Results come in input order, one per Input until the cut,
// each the same as ProcessAs gives, and the channel is always closed.
func FuzzStream(f *testing.F) {
	f.Add("Renault verkocht 20 procent meer.\x00\x00Stellantis sold 3,000 cars.\x00\xff", uint8(0), uint8(2))
	f.Add("a\x00b\x00c\x00d\x00e", uint8(2), uint8(1))
	p := testPipeline(f)
	f.Fuzz(func(t *testing.T, joined string, cancelAfter, workers uint8) {
		texts := strings.SplitN(joined, "\x00", 8)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		in := make(chan Input)
		go func() {
			defer close(in)
			for i, s := range texts {
				select {
				case in <- Input{ID: string(rune('a' + i)), Text: s}:
				case <-ctx.Done():
					return
				}
			}
		}()
		n := 0
		for r := range p.Stream(ctx, in, int(workers%4)) {
			if n >= len(texts) || r.ID != string(rune('a'+n)) {
				t.Fatalf("result %d has id %q: not in input order", n, r.ID)
			}
			doc, err := p.Process(texts[n])
			if (err == nil) != (r.Err == nil) || err != nil && err.Error() != r.Err.Error() {
				t.Fatalf("result %q error = %v, ProcessAs says %v", r.ID, r.Err, err)
			}
			if err == nil {
				doc.ID = r.ID
				a, _ := json.Marshal(doc)
				b, _ := json.Marshal(r.Document)
				if string(a) != string(b) {
					t.Fatalf("result %q differs from ProcessAs", r.ID)
				}
			}
			n++
			if cancelAfter > 0 && n == int(cancelAfter) {
				cancel()
			}
		}
		if ctx.Err() == nil && n != len(texts) {
			t.Fatalf("Stream gave %d results for %d inputs", n, len(texts))
		}
	})
}
