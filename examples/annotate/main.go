// Command annotate parses and annotates auto-industry news articles and
// prints one JSON document per article (JSON Lines), in input order.
//
// Usage:
//
//	annotate FILE...          annotate each file as one article
//	annotate < article.txt    annotate one article read from standard input
//	annotate -jsonl < in.jsonl
//
// With -jsonl, standard input holds one JSON object per line,
// {"id": "...", "text": "...", "language": "nl"} (language optional, an ISO
// 639-1 code that skips detection), processed concurrently. An article that
// fails is reported on standard error with its id and the run goes on; the
// exit status is 1 if any failed, 2 on a usage error.
//
// Nothing is repaired or dropped without a word: a line that is not JSON,
// that is not valid UTF-8 or holds an escaped lone UTF-16 surrogate
// ("\ud800"), or that is longer than 24 MiB is one failed article, reported
// with its line number (and its id when it has one), and the lines after
// it are read; an article that the library refuses (empty, over the 4 MiB
// size limit, invalid UTF-8) is reported with its id and the library's
// error.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/autonews/autonews"
)

func main() {
	jsonl := flag.Bool("jsonl", false, "read JSON Lines {\"id\",\"text\",\"language\"} from standard input")
	workers := flag.Int("workers", 0, "articles processed at once (0: one per CPU)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: annotate [-workers N] [FILE... | -jsonl < in.jsonl | < article.txt]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *jsonl && flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "annotate: -jsonl reads standard input; give no files")
		os.Exit(2)
	}
	os.Exit(run(flag.Args(), *jsonl, *workers, os.Stdin, os.Stdout, os.Stderr))
}

// lockedWriter serializes writes: the reader goroutine and the output
// loop both report errors on stderr.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// run does the work of main and returns the exit status.
func run(files []string, jsonl bool, workers int, stdin io.Reader, stdout, stderr io.Writer) int {
	stderr = &lockedWriter{w: stderr}
	p, err := autonews.New()
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := make(chan autonews.Input)
	readErr := make(chan error, 1)
	go func() {
		defer close(in)
		readErr <- feed(ctx, in, files, jsonl, stdin, stderr)
	}()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	status := 0
	for r := range p.Stream(ctx, in, workers) {
		if r.Err != nil {
			fmt.Fprintf(stderr, "annotate: %s: %v\n", r.ID, r.Err)
			status = 1
			continue
		}
		if err := enc.Encode(r.Document); err != nil {
			fmt.Fprintf(stderr, "annotate: %s: %v\n", r.ID, err)
			status = 1
		}
	}
	if err := <-readErr; err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		status = 1
	}
	return status
}

// feed sends the articles to in: the files, or the JSON Lines of stdin, or
// stdin as one article. Unreadable files and malformed lines are reported
// on stderr and skipped; the returned error reports that any were.
func feed(ctx context.Context, in chan<- autonews.Input, files []string, jsonl bool, stdin io.Reader, stderr io.Writer) error {
	send := func(x autonews.Input) bool {
		select {
		case in <- x:
			return true
		case <-ctx.Done():
			return false
		}
	}
	failed := 0
	switch {
	case jsonl:
		lr := newLineReader(stdin, maxLine)
		for {
			line, n, err := lr.next()
			if err == io.EOF {
				break
			}
			if errors.Is(err, errLineTooLong) {
				fmt.Fprintf(stderr, "annotate: stdin:%d: %v\n", n, err)
				failed++
				continue
			}
			if err != nil {
				return fmt.Errorf("reading stdin after line %d: %w", n, err)
			}
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			x, err := decodeLine(line, n)
			if err != nil {
				fmt.Fprintf(stderr, "annotate: %s: %v\n", x.ID, err)
				failed++
				continue
			}
			if !send(x) {
				return ctx.Err()
			}
		}
	case len(files) == 0:
		b, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("reading stdin: %w", err)
		}
		send(autonews.Input{ID: "stdin", Text: string(b)})
	default:
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(stderr, "annotate:", err)
				failed++
				continue
			}
			if !send(autonews.Input{ID: f, Text: string(b)}) {
				return ctx.Err()
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) could not be read", failed)
	}
	return nil
}
