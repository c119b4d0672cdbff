package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/autonews/autonews"
	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/parse"
	"golang.org/x/text/language"
)

// maxLine is the longest -jsonl line read: room for an article at the
// parser's size limit with every byte escaped as \u00XX, plus the rest of
// the record. A longer line is skipped, with bounded memory, and reported.
const maxLine = 6*parse.DefaultMaxSize + 4096

// errLineTooLong is the error of a line over the reader's limit.
var errLineTooLong = errors.New("line too long")

// A lineReader reads newline-terminated lines of at most max bytes. A
// longer line is read to its end and dropped, holding no more than max
// bytes at any time, and reported as errLineTooLong, so that the lines
// after it are still read.
type lineReader struct {
	r   *bufio.Reader
	max int
	buf []byte
	n   int // number of the line last returned, from 1
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

// next returns the next line without its line end ("\n" or "\r\n") and its
// number. At a line over the limit it returns errLineTooLong (wrapped,
// with the line's length) and the line's number; at the end of the input
// io.EOF; on a read error that error. The line is valid until the next
// call.
func (l *lineReader) next() ([]byte, int, error) {
	l.buf = l.buf[:0]
	size, over := 0, false
	for {
		chunk, err := l.r.ReadSlice('\n')
		size += len(chunk)
		if !over {
			if size > l.max+2 { // +2: the line end is not counted
				over, l.buf = true, l.buf[:0]
			} else {
				l.buf = append(l.buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && size == 0:
			return nil, l.n, io.EOF
		case err != nil && err != io.EOF:
			return nil, l.n, err
		}
		l.n++
		if over {
			return nil, l.n, fmt.Errorf("%w: over %d bytes", errLineTooLong, l.max)
		}
		line := bytes.TrimSuffix(bytes.TrimSuffix(l.buf, []byte("\n")), []byte("\r"))
		if len(line) > l.max {
			return nil, l.n, fmt.Errorf("%w: %d bytes, over %d", errLineTooLong, len(line), l.max)
		}
		return line, l.n, nil
	}
}

// record is one -jsonl line.
type record struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Language string `json:"language"`
}

// decodeLine decodes line n of a -jsonl input into an Input. A line that is
// not valid UTF-8, or that holds a \u escape of a lone UTF-16 surrogate
// half, is refused with an *entity.UTF8Error (the offset is into the line)
// rather than repaired: encoding/json would turn both into U+FFFD and the
// text would be altered without a word. The id, when the line has one, is
// returned with every error.
func decodeLine(line []byte, n int) (autonews.Input, error) {
	var rec record
	jerr := json.Unmarshal(line, &rec)
	id := rec.ID
	if id == "" {
		id = fmt.Sprintf("stdin:%d", n)
	}
	if off := badText(line); off >= 0 {
		return autonews.Input{ID: id}, fmt.Errorf("line %d: %w (of the line)", n, &entity.UTF8Error{Offset: off})
	}
	if jerr != nil {
		return autonews.Input{ID: id}, fmt.Errorf("line %d: %w", n, jerr)
	}
	tag := language.Und
	if rec.Language != "" {
		t, err := language.Parse(rec.Language)
		if err != nil {
			return autonews.Input{ID: id}, fmt.Errorf("line %d: language %q: %w", n, rec.Language, err)
		}
		tag = t
	}
	return autonews.Input{ID: id, Text: rec.Text, Language: tag}, nil
}

// badText returns the offset in line of its first byte that is not valid
// UTF-8, or of the first \u escape inside a JSON string that encodes a
// lone surrogate half (\ud800 not followed by \udc00-\udfff, or a low
// half alone); -1 when there is none.
func badText(line []byte) int {
	if !utf8.Valid(line) {
		// Only a bad line pays for the copy that finds the offset.
		return entity.CheckUTF8(string(line)).(*entity.UTF8Error).Offset
	}
	inString := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '"':
			inString = !inString
		case c == '\\' && inString && i+1 < len(line):
			if line[i+1] != 'u' {
				i++ // \" \\ \n ...
				continue
			}
			r, ok := hex4(line, i+2)
			if !ok {
				continue // json.Unmarshal reports the bad escape
			}
			switch {
			case r >= 0xdc00 && r <= 0xdfff:
				return i // a low half with no high half before it
			case r >= 0xd800 && r <= 0xdbff:
				if lo, ok := hex4(line, i+8); !ok || line[i+6] != '\\' || line[i+7] != 'u' || lo < 0xdc00 || lo > 0xdfff {
					return i
				}
				i += 11 // the pair
			default:
				i += 5
			}
		}
	}
	return -1
}

// hex4 reads four hex digits at line[i:].
func hex4(line []byte, i int) (rune, bool) {
	if i < 0 || i+4 > len(line) {
		return 0, false
	}
	var r rune
	for _, c := range line[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
