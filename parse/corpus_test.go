package parse

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// goldArticle is one line of a gold.jsonl file: the fields parse is
// responsible for.
type goldArticle struct {
	ID             string   `json:"id"`
	Language       string   `json:"language"`
	Date           string   `json:"date"`
	Title          string   `json:"title"`
	Categories     []string `json:"categories"`
	Author         string   `json:"author"`
	BodyFirstWords string   `json:"body_first_words"`
	BodyLastWords  string   `json:"body_last_words"`
}

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

var (
	spacedHyphen = regexp.MustCompile(`\s*-\s*`)
	wordRE       = regexp.MustCompile(`[\p{L}\p{N}_]+`)
)

// fold is the scorer's normalization: accents stripped, spaced hyphens
// joined, space collapsed, case folded.
func fold(s string) string {
	s = norm.NFKD.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
	s = spacedHyphen.ReplaceAllString(s, "-")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func foldWords(s string) []string { return wordRE.FindAllString(fold(s), -1) }

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
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if os.IsNotExist(err) {
		t.Skipf("no gold in %s", dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := defaultTestParser(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldArticle
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold line %q: %v", sc.Text(), err)
		}
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
			bw := foldWords(a.BodyText())
			first, last := foldWords(g.BodyFirstWords), foldWords(g.BodyLastWords)
			got := parsedFields{
				Language:   a.Language.Code(),
				Date:       dateOnly(a.Date),
				Title:      fold(a.Title),
				Categories: a.Categories,
				Author:     a.Author,
				BodyFirst:  strings.Join(bw[:min(len(first), len(bw))], " "),
				BodyLast:   strings.Join(bw[max(0, len(bw)-len(last)):], " "),
			}
			want := parsedFields{
				Language:   g.Language,
				Date:       g.Date,
				Title:      fold(g.Title),
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
	if err := sc.Err(); err != nil {
		t.Fatal(err)
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
