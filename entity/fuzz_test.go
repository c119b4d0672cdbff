package entity

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzReadRecords checks that ReadRecords never panics, reports malformed
// input only as *ParseError, and returns records that NewCatalog accepts on
// their own terms: every record passes the per-record checks, and the
// records without parents build a Catalog.
func FuzzReadRecords(f *testing.F) {
	f.Add("Peugeot\torganization\tbrand\tStellantis\tPeugeot SA|=PSA?\tnote\n")
	f.Add("\uFEFF# header\r\nA\tplace\t\t\t\t\r\n")
	f.Add("A\tproduct\t\t\tx||y\t\n")
	f.Add("=?\tperson\t\t\t=?|?\t\n")
	f.Add(" \t \t \t \t \t \n")
	f.Add("A\tevent\t\tB; C\t =X ? \t\n#\n\n")
	if files, err := fs.Glob(data, "data/*.tsv"); err == nil {
		for _, name := range files {
			if b, err := fs.ReadFile(data, name); err == nil {
				lines := strings.SplitAfter(string(b), "\n")
				f.Add(strings.Join(lines[:min(len(lines), 12)], ""))
			}
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ReadRecords(strings.NewReader(in), "fuzz.tsv")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 || pe.File != "fuzz.tsv" {
				t.Fatalf("ReadRecords(%q) error = %v, want a *ParseError with a line", in, err)
			}
			if recs != nil {
				t.Fatalf("ReadRecords(%q) returned records with its error", in)
			}
			return
		}
		var orphans []Record
		for _, r := range recs {
			if msg := checkRecord(r); msg != "" {
				t.Fatalf("ReadRecords(%q) gave record %+v: %s", in, r, msg)
			}
			if len(r.Aliases) == 0 {
				t.Fatalf("ReadRecords(%q) gave record %q without aliases", in, r.Name)
			}
			if len(r.Parents) == 0 {
				orphans = append(orphans, r)
			}
		}
		c, err := NewCatalog(orphans)
		if err != nil {
			if !strings.Contains(err.Error(), "conflicting categories") {
				t.Fatalf("NewCatalog(records of %q) error = %v", in, err)
			}
			return
		}
		for _, r := range orphans {
			if _, ok := c.Lookup(r.Name, r.Kind); !ok {
				t.Fatalf("NewCatalog(records of %q) lacks %v %q", in, r.Kind, r.Name)
			}
		}
	})
}

// FuzzCatalog checks LoadCatalog, NewCatalog and Extend on any two files:
// a malformed file is a *ParseError naming it and its line, a record that
// does not fit gives an error (never a panic), and a Catalog that builds
// holds every record's name, in the base and in the extension alike.
func FuzzCatalog(f *testing.F) {
	f.Add("Peugeot\torganization\tbrand\tStellantis\t\t\nStellantis\torganization\tautomaker\t\t\t\n",
		"Peugeot\torganization\tbrand\t\tPeugeot SA\tnote\n")
	f.Add("A\tplace\t\t\t\t\n", "A\tperson\t\t\t\t\n")
	f.Add("0\tperson\t\t0\t\t0\r0", "B\tproduct\tmodel\tA\t\t\n")
	f.Fuzz(func(t *testing.T, base, ext string) {
		c, err := LoadCatalog(fstest.MapFS{"base.tsv": {Data: []byte(base)}})
		if err != nil {
			var pe *ParseError
			if errors.As(err, &pe) && (pe.File != "base.tsv" || pe.Line < 1) {
				t.Fatalf("LoadCatalog(%q) error %v names file %q line %d", base, err, pe.File, pe.Line)
			}
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		recs, err := ReadRecords(strings.NewReader(ext), "ext.tsv")
		if err != nil {
			return // FuzzReadRecords checks these errors
		}
		if _, err := NewCatalog(recs); err != nil && err.Error() == "" {
			t.Fatal("empty error")
		}
		d, err := c.Extend(recs)
		if err != nil {
			return
		}
		for _, r := range append(slices.Clone(c.recs), recs...) {
			if _, ok := d.Lookup(r.Name, r.Kind); !ok {
				t.Fatalf("Extend: catalog lacks %v %q", r.Kind, r.Name)
			}
		}
	})
}
