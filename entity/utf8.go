package entity

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// ErrInvalidUTF8 is the error, wrapped in a [*UTF8Error], for text that is
// not valid UTF-8. Package parse and package annotate both reject such
// text with it, so that errors.Is(err, entity.ErrInvalidUTF8) holds for
// an article that either of them refused. It is defined here, in the
// package both of them import, so that it is one value.
var ErrInvalidUTF8 = errors.New("invalid UTF-8")

// A UTF8Error reports text that is not valid UTF-8, and where: Offset is
// the byte offset of the first byte that does not start a valid UTF-8
// encoding (a stray continuation byte, a truncated sequence, an
// overlong form, or the encoding of a UTF-16 surrogate half, U+D800 to
// U+DFFF). Its Unwrap returns [ErrInvalidUTF8].
type UTF8Error struct {
	Offset int
}

// Error returns "invalid UTF-8 at byte offset N".
func (e *UTF8Error) Error() string {
	return ErrInvalidUTF8.Error() + " at byte offset " + strconv.Itoa(e.Offset)
}

// Unwrap returns [ErrInvalidUTF8].
func (e *UTF8Error) Unwrap() error { return ErrInvalidUTF8 }

// CheckUTF8 returns nil when s is valid UTF-8, and otherwise a *[UTF8Error]
// with the byte offset of the first invalid byte. It does not allocate for
// valid text.
func CheckUTF8(s string) error {
	if utf8.ValidString(s) {
		return nil
	}
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return &UTF8Error{Offset: i}
		}
		i += n
	}
	return nil // not reached: ValidString said there is an invalid byte
}
