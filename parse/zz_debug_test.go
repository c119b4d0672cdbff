package parse

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZFILE")
	if path == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(path)
	a, err := defaultTestParser(t).Parse(string(src))
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	fmt.Printf("lang=%v %.4f date=%v %q title=%q author=%q cats=%q\nheader=%q\n", a.Language, a.Language.Confidence, a.Date, a.DateSpan.Text(s), a.Title, a.Author, a.Categories, a.Header.Text(s))
	for _, p := range a.Paragraphs {
		x := p.Text(s)
		if len(x) > 70 {
			x = x[:70]
		}
		fmt.Printf("  P %q\n", x)
	}
	for _, b := range a.Boilerplate {
		fmt.Printf("  B %v %q\n", b.Reason, b.Text(s))
	}
}
