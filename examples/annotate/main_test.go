package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var docs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("output line is not JSON: %v: %.80s", err, sc.Text())
		}
		docs = append(docs, m)
	}
	return docs
}

func TestRunFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	if err != nil || len(files) < 3 {
		t.Fatalf("test articles: %v", err)
	}
	files = files[:3]
	missing := filepath.Join(t.TempDir(), "missing.txt")
	var stdout, stderr bytes.Buffer
	status := run(append(files, missing), false, 2, strings.NewReader(""), &stdout, &stderr)
	if status != 1 {
		t.Errorf("run(files + missing) = %d, want 1", status)
	}
	if !strings.Contains(stderr.String(), "missing.txt") {
		t.Errorf("stderr = %q, want the missing file named", stderr.String())
	}
	docs := decodeLines(t, stdout.String())
	if len(docs) != len(files) {
		t.Fatalf("run printed %d documents, want %d", len(docs), len(files))
	}
	for i, d := range docs {
		if d["id"] != files[i] {
			t.Errorf("document %d id = %v, want %s (input order)", i, d["id"], files[i])
		}
		for _, k := range []string{"language", "date", "title", "body", "body_span", "entities", "figures", "boilerplate", "paragraphs"} {
			if _, ok := d[k]; !ok {
				t.Errorf("document %d lacks %q", i, k)
			}
		}
	}
}

func TestRunStdin(t *testing.T) {
	var stdout, stderr bytes.Buffer
	in := "date 2026-03-14 Korte teaser…\n\nRenault verkocht 20 procent meer auto's.\n"
	if status := run(nil, false, 0, strings.NewReader(in), &stdout, &stderr); status != 0 {
		t.Fatalf("run(stdin) = %d, stderr %q", status, stderr.String())
	}
	docs := decodeLines(t, stdout.String())
	if len(docs) != 1 || docs[0]["id"] != "stdin" || docs[0]["date"] != "2026-03-14" {
		t.Errorf("run(stdin) printed %v", docs)
	}
}

func TestRunJSONL(t *testing.T) {
	lines := []string{
		`{"id": "a", "text": "Stellantis sold 68,000 units in China."}`,
		`{"id": "b", "text": "   "}`,
		`not json`,
		`{"id": "c", "text": "Renault verkocht 20 procent meer.", "language": "nl"}`,
		`{"id": "d", "text": "x", "language": "!!"}`,
	}
	var stdout, stderr bytes.Buffer
	status := run(nil, true, 2, strings.NewReader(strings.Join(lines, "\n")), &stdout, &stderr)
	if status != 1 {
		t.Errorf("run(-jsonl) = %d, want 1 (one empty article, one bad line, one bad language)", status)
	}
	docs := decodeLines(t, stdout.String())
	var ids []string
	for _, d := range docs {
		ids = append(ids, d["id"].(string))
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("run(-jsonl) ids = %v, want a,c", ids)
	}
	lang := docs[1]["language"].(map[string]any)
	if lang["code"] != "nl" || lang["confidence"] != 1.0 {
		t.Errorf("language hint ignored: %v", lang)
	}
	for _, want := range []string{"b:", "stdin:3", "d:"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q: %s", want, stderr.String())
		}
	}
}

// TestRunJSONLBadText checks that text is never repaired: invalid UTF-8
// and escaped lone surrogates fail their line, with the id and the offset
// into the line, and the run goes on.
func TestRunJSONLBadText(t *testing.T) {
	lines := []string{
		"{\"id\": \"raw\", \"text\": \"Renault \xff verkocht 20 procent meer.\"}",
		`{"id": "high", "text": "Citroën \ud800 sold 3,000 cars."}`,
		`{"id": "low", "text": "Citroën \udc00 sold 3,000 cars."}`,
		`{"id": "pair", "text": "Emoji \ud83d\ude97: Renault verkocht 20 procent meer."}`,
		`{"id": "escaped", "text": "Not an escape: \\ud800 Renault verkocht 20 procent meer."}`,
	}
	var stdout, stderr bytes.Buffer
	status := run(nil, true, 2, strings.NewReader(strings.Join(lines, "\n")), &stdout, &stderr)
	if status != 1 {
		t.Errorf("run(-jsonl) = %d, want 1", status)
	}
	var ids []string
	for _, d := range decodeLines(t, stdout.String()) {
		ids = append(ids, d["id"].(string))
	}
	if strings.Join(ids, ",") != "pair,escaped" {
		t.Errorf("run(-jsonl) ids = %v, want pair,escaped", ids)
	}
	for _, want := range []string{
		"raw: line 1: invalid UTF-8 at byte offset 31 (of the line)",
		"high: line 2: invalid UTF-8 at byte offset 33 (of the line)",
		"low: line 3: invalid UTF-8",
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
}

// TestRunJSONLOversize checks that a line over the limit is one failed
// article with its line number, and that the lines after it are read.
func TestRunJSONLOversize(t *testing.T) {
	big := `{"id": "big", "text": "` + strings.Repeat("a", maxLine) + `"}`
	in := strings.Join([]string{
		`{"id": "a", "text": "Stellantis sold 68,000 units in China."}`,
		big,
		`{"id": "c", "text": "Renault verkocht 20 procent meer.", "language": "nl"}`,
	}, "\n")
	var stdout, stderr bytes.Buffer
	if status := run(nil, true, 2, strings.NewReader(in), &stdout, &stderr); status != 1 {
		t.Errorf("run(-jsonl) = %d, want 1", status)
	}
	var ids []string
	for _, d := range decodeLines(t, stdout.String()) {
		ids = append(ids, d["id"].(string))
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("run(-jsonl) ids = %v, want a,c", ids)
	}
	if want := "stdin:2: line too long"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
	}
}

func TestLineReader(t *testing.T) {
	in := "short\r\n" + strings.Repeat("x", 300) + "\n\nlast " + strings.Repeat("y", 10) + "\n" + strings.Repeat("z", 101)
	lr := newLineReader(strings.NewReader(in), 100)
	type got struct {
		line string
		n    int
		long bool
	}
	var all []got
	for {
		line, n, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil && !errors.Is(err, errLineTooLong) {
			t.Fatal(err)
		}
		all = append(all, got{string(line), n, err != nil})
		if cap(lr.buf) > 1<<17 {
			t.Fatalf("buffer grew to %d bytes for a limit of 100", cap(lr.buf))
		}
	}
	want := []got{{"short", 1, false}, {"", 2, true}, {"", 3, false}, {"last yyyyyyyyyy", 4, false}, {"", 5, true}}
	if fmt.Sprint(all) != fmt.Sprint(want) {
		t.Errorf("lines = %v, want %v", all, want)
	}
}
