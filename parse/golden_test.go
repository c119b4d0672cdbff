package parse

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autonews/autonews/entity"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenArticle is the golden form of an Article: every field but Source,
// with the date as YYYY-MM-DD and the body's first and last words for the
// reviewer.
type goldenArticle struct {
	Language    entity.Language      `json:"language"`
	Date        string               `json:"date"`
	DateSpan    entity.Span          `json:"date_span"`
	Title       string               `json:"title"`
	TitleSpan   entity.Span          `json:"title_span"`
	Author      string               `json:"author"`
	AuthorSpan  entity.Span          `json:"author_span"`
	Categories  []string             `json:"categories"`
	Header      entity.Span          `json:"header"`
	Body        entity.Span          `json:"body"`
	BodyHead    string               `json:"body_head"`
	BodyTail    string               `json:"body_tail"`
	Paragraphs  []entity.Span        `json:"paragraphs"`
	Boilerplate []entity.Boilerplate `json:"boilerplate"`
}

func golden(a *entity.Article) goldenArticle {
	body := strings.Fields(a.BodyText())
	return goldenArticle{
		Language: a.Language, Date: dateOnly(a.Date), DateSpan: a.DateSpan,
		Title: a.Title, TitleSpan: a.TitleSpan, Author: a.Author, AuthorSpan: a.AuthorSpan,
		Categories: a.Categories, Header: a.Header, Body: a.Body,
		BodyHead:   strings.Join(body[:min(8, len(body))], " "),
		BodyTail:   strings.Join(body[max(0, len(body)-8):], " "),
		Paragraphs: a.Paragraphs, Boilerplate: a.Boilerplate,
	}
}

// TestGolden parses each ../testdata/articles/<name>.txt and compares the
// result with testdata/golden/<name>.json; go test -update rewrites them.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Skip("no test articles")
	}
	p := defaultTestParser(t)
	if *update {
		if err := os.MkdirAll(filepath.Join("testdata", "golden"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := p.Parse(string(src))
			if err != nil {
				t.Fatalf("Parse(%s) error: %v", path, err)
			}
			checkInvariants(t, string(src), a)
			got, err := json.MarshalIndent(golden(a), "", "\t")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			file := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if os.IsNotExist(err) {
				t.Skipf("no golden file %s: run go test -update", file)
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
			}
		})
	}
}
