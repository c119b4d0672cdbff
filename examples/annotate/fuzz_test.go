package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
)

// FuzzJSONL checks the -jsonl reader on any input: every line is read,
// numbered in order, at most max bytes long or reported as too long; a
// line that decodes is valid JSON and gives valid UTF-8 text with nothing
// replaced (no U+FFFD that the line did not spell), and a line refused
// for its text gives an *entity.UTF8Error inside the line.
func FuzzJSONL(f *testing.F) {
	f.Add("{\"id\": \"a\", \"text\": \"Renault verkocht 20 procent meer.\"}\n\n{\"text\": \"\\ud800\"}\r\n")
	f.Add("{\"text\": \"\xff\"}\n" + strings.Repeat("x", 200) + "\nnot json")
	f.Add("{\"text\": \"\\ud83d\\ude97 \\udc00\", \"language\": \"nl\"}")
	f.Fuzz(func(t *testing.T, in string) {
		lr := newLineReader(strings.NewReader(in), 128)
		want := 1
		for {
			line, n, err := lr.next()
			if err == io.EOF {
				break
			}
			if n != want {
				t.Fatalf("line number %d, want %d", n, want)
			}
			want++
			if err != nil {
				if !errors.Is(err, errLineTooLong) {
					t.Fatalf("next() error = %v", err)
				}
				continue
			}
			if len(line) > 128 || bytes.ContainsRune(line, '\n') {
				t.Fatalf("line %d: %d bytes or a line break: %q", n, len(line), line)
			}
			x, err := decodeLine(line, n)
			var ue *entity.UTF8Error
			switch {
			case errors.As(err, &ue):
				if ue.Offset < 0 || ue.Offset >= len(line) {
					t.Fatalf("line %q: offset %d outside the line", line, ue.Offset)
				}
			case err == nil:
				if !json.Valid(line) || !utf8.ValidString(x.Text) {
					t.Fatalf("line %q decoded to %q", line, x.Text)
				}
				if strings.ContainsRune(x.Text, utf8.RuneError) && !bytes.Contains(line, []byte("\uFFFD")) &&
					!bytes.Contains(bytes.ToLower(line), []byte(`\ufffd`)) {
					t.Fatalf("line %q: text %q has a U+FFFD the line did not spell", line, x.Text)
				}
			}
		}
	})
}
