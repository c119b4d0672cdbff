package entity

import (
	"errors"
	"testing"
)

func TestCheckUTF8(t *testing.T) {
	tests := []struct {
		name string
		in   string
		off  int // -1: valid
	}{
		{"empty", "", -1},
		{"ascii", "Renault", -1},
		{"accents and CJK", "Citroën 比亚迪 €", -1},
		{"replacement character is valid", "a\uFFFDb", -1},
		{"stray continuation byte", "ab\x80c", 2},
		{"truncated sequence at the end", "Citro\xc3", 5},
		{"overlong form", "x\xc0\xafy", 1},
		{"surrogate half as WTF-8", "€\xed\xa0\x80", 3},
		{"0xff", "\xff", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckUTF8(tt.in)
			if tt.off < 0 {
				if err != nil {
					t.Fatalf("CheckUTF8(%q) = %v, want nil", tt.in, err)
				}
				return
			}
			var ue *UTF8Error
			if !errors.As(err, &ue) || ue.Offset != tt.off {
				t.Fatalf("CheckUTF8(%q) = %v, want a *UTF8Error at offset %d", tt.in, err, tt.off)
			}
			if !errors.Is(err, ErrInvalidUTF8) {
				t.Errorf("CheckUTF8(%q) = %v, want errors.Is ErrInvalidUTF8", tt.in, err)
			}
		})
	}
	if got, want := (&UTF8Error{Offset: 7}).Error(), "invalid UTF-8 at byte offset 7"; got != want {
		t.Errorf("UTF8Error.Error() = %q, want %q", got, want)
	}
}

func TestCheckUTF8Allocs(t *testing.T) {
	s := "Stellantis verkocht 20 procent meer auto's in België."
	if n := testing.AllocsPerRun(100, func() { _ = CheckUTF8(s) }); n != 0 {
		t.Errorf("CheckUTF8(valid) allocates %v times, want 0", n)
	}
}
