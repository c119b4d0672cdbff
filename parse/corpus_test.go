package parse

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/autonews/autonews/internal/goldtest"
	"github.com/google/go-cmp/cmp"
)

// parsedFields is what the corpus tests compare with the gold.
type parsedFields struct {
	Language   string
	Date       string
	Title      string
	Categories []string
	Author     string
	BodyFirst  string
	BodyLast   string
}

func dateOnly(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// checkCorpus parses every <id>.txt in dir that gold.jsonl describes and
// compares language, date, title, author, categories and the body's first
// and last words with the gold.
func checkCorpus(t *testing.T, dir, pattern string) {
	gold, err := goldtest.Read(filepath.Join(dir, "gold.jsonl"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no gold in %s", dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	p := defaultTestParser(t)
	n := 0
	for _, g := range gold {
		path := filepath.Join(dir, strings.ReplaceAll(pattern, "*", g.ID))
		src, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", g.ID, err)
			continue
		}
		n++
		t.Run(g.ID, func(t *testing.T) {
			a, err := p.Parse(string(src))
			if err != nil {
				t.Fatalf("Parse(%s) error: %v", path, err)
			}
			bw := goldtest.Words(a.BodyText())
			first, last := goldtest.Words(g.BodyFirstWords), goldtest.Words(g.BodyLastWords)
			got := parsedFields{
				Language:   a.Language.Code(),
				Date:       dateOnly(a.Date),
				Title:      goldtest.Fold(a.Title),
				Categories: a.Categories,
				Author:     a.Author,
				BodyFirst:  strings.Join(bw[:min(len(first), len(bw))], " "),
				BodyLast:   strings.Join(bw[max(0, len(bw)-len(last)):], " "),
			}
			want := parsedFields{
				Language:   g.Language,
				Date:       g.Date,
				Title:      goldtest.Fold(g.Title),
				Categories: g.Categories,
				Author:     g.Author,
				BodyFirst:  strings.Join(first, " "),
				BodyLast:   strings.Join(last, " "),
			}
			if len(want.Categories) == 0 {
				want.Categories = nil
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", path, diff)
			}
		})
	}
	if n == 0 {
		t.Skipf("no articles in %s", dir)
	}
}

func TestTestdataArticles(t *testing.T) {
	checkCorpus(t, filepath.Join("..", "testdata", "articles"), "*.txt")
}

func TestDevset(t *testing.T) {
	checkCorpus(t, filepath.Join("..", "..", "shared", "devset"), "*.txt")
}
