package entity

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

func TestReadRecords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Record
	}{{
		name: "empty",
		in:   "",
		want: nil,
	}, {
		name: "comments and blank lines",
		in:   "# autonews knowledge base: test\n# columns: name, kind, category, parents, aliases, note\n\n   \n",
		want: nil,
	}, {
		name: "plain aliases and canonical first",
		in:   "Peugeot\torganization\tbrand\tStellantis\tPeugeot SA|Peugeots\t\n",
		want: []Record{{Name: "Peugeot", Kind: Organization, Category: "brand", Parents: []string{"Stellantis"},
			Aliases: []Alias{{Text: "Peugeot"}, {Text: "Peugeot SA"}, {Text: "Peugeots"}}}},
	}, {
		name: "markers",
		in:   "Volkswagen Golf\tproduct\tmodel\tVolkswagen\t=Golf?|=Model 3?|408?|=VW\t\n",
		want: []Record{{Name: "Volkswagen Golf", Kind: Product, Category: "model", Parents: []string{"Volkswagen"},
			Aliases: []Alias{{Text: "Volkswagen Golf"}, {Text: "Golf", CaseSensitive: true, NeedsContext: true},
				{Text: "Model 3", CaseSensitive: true, NeedsContext: true}, {Text: "408", NeedsContext: true},
				{Text: "VW", CaseSensitive: true}}}},
	}, {
		name: "canonical given with markers is not added plain",
		in:   "Smart\torganization\tbrand\tGeely;Mercedes-Benz\t=Smart?|=smart?\t50/50 JV since 2020\n",
		want: []Record{{Name: "Smart", Kind: Organization, Category: "brand", Parents: []string{"Geely", "Mercedes-Benz"},
			Aliases: []Alias{{Text: "Smart", CaseSensitive: true, NeedsContext: true}, {Text: "smart", CaseSensitive: true, NeedsContext: true}},
			Note:    "50/50 JV since 2020"}},
	}, {
		name: "canonical in other capitalization with marker",
		in:   "Mini\torganization\tbrand\t\t=MINI\t\n",
		want: []Record{{Name: "Mini", Kind: Organization, Category: "brand", Aliases: []Alias{{Text: "MINI", CaseSensitive: true}}}},
	}, {
		name: "canonical repeated plain",
		in:   "Renault\torganization\tautomaker\t\tRenault Group|Renault\t\n",
		want: []Record{{Name: "Renault", Kind: Organization, Category: "automaker",
			Aliases: []Alias{{Text: "Renault Group"}, {Text: "Renault"}}}},
	}, {
		name: "canonical in other capitalization, plain",
		in:   "Cupra\torganization\tbrand\t\tCUPRA\t\n",
		want: []Record{{Name: "Cupra", Kind: Organization, Category: "brand", Aliases: []Alias{{Text: "CUPRA"}}}},
	}, {
		name: "BOM, CRLF, spaces around fields and no final newline",
		in:   "\uFEFF# header\r\n Milan \tplace\tcity\t Italy \t Milaan | Mailand |Milano\tchecked 2026\r\nTurin\tplace\tcity\tItaly\tTorino\t",
		want: []Record{
			{Name: "Milan", Kind: Place, Category: "city", Parents: []string{"Italy"},
				Aliases: []Alias{{Text: "Milan"}, {Text: "Milaan"}, {Text: "Mailand"}, {Text: "Milano"}}, Note: "checked 2026"},
			{Name: "Turin", Kind: Place, Category: "city", Parents: []string{"Italy"},
				Aliases: []Alias{{Text: "Turin"}, {Text: "Torino"}}},
		},
	}, {
		name: "all kinds, empty optional fields",
		in: "A\torganization\t\t\t\t\nB\tperson\t\t\t\t\nC\tplace\t\t\t\t\n" +
			"D\tproduct\t\t\t\t\nE\tevent\t\t\t\t\n",
		want: []Record{
			{Name: "A", Kind: Organization, Aliases: []Alias{{Text: "A"}}},
			{Name: "B", Kind: Person, Aliases: []Alias{{Text: "B"}}},
			{Name: "C", Kind: Place, Aliases: []Alias{{Text: "C"}}},
			{Name: "D", Kind: Product, Aliases: []Alias{{Text: "D"}}},
			{Name: "E", Kind: Event, Aliases: []Alias{{Text: "E"}}},
		},
	}, {
		name: "hash inside a line is text",
		in:   "Model #1\tproduct\tmodel\t\t#1?\tnote with # sign\n",
		want: []Record{{Name: "Model #1", Kind: Product, Category: "model",
			Aliases: []Alias{{Text: "Model #1"}, {Text: "#1", NeedsContext: true}}, Note: "note with # sign"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadRecords(strings.NewReader(tt.in), "test.tsv")
			if err != nil {
				t.Fatalf("ReadRecords() error = %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadRecords() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadRecordsErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		msg  string
	}{
		{"five columns", "# c\nPeugeot\torganization\tbrand\tStellantis\tPeugeot SA\n", 2, "got 5 tab-separated columns, want 6"},
		{"seven columns", "\n\nA\tproduct\tmodel\t\t\t\textra\n", 3, "got 7 tab-separated columns, want 6"},
		{"spaces instead of tabs", "Peugeot organization brand Stellantis  \n", 1, "got 1 tab-separated columns"},
		{"unknown kind", "A\torganization\t\t\t\t\nB\tcompany\t\t\t\t\n", 2, `"B": unknown kind "company"`},
		{"kind unknown is no kind", "B\tunknown\t\t\t\t\n", 1, `unknown kind "unknown"`},
		{"kind in capitals", "B\tPerson\t\t\t\t\n", 1, `unknown kind "Person"`},
		{"empty kind", "B\t\t\t\t\t\n", 1, `"B": empty kind`},
		{"empty name", "\tperson\t\t\t\t\n", 1, "empty name"},
		{"empty alias", "A\tproduct\t\t\tx||y\t\n", 1, `"A": empty alias in "x||y"`},
		{"trailing bar", "A\tproduct\t\t\tx|\t\n", 1, "empty alias"},
		{"alias of markers only", "A\tproduct\t\t\t=?\t\n", 1, "empty alias"},
		{"empty parent", "A\tproduct\t\tB;;C\t\t\n", 1, `"A": empty parent in "B;;C"`},
		{"invalid UTF-8", "A\tproduct\t\t\t\xff\t\n", 1, "invalid UTF-8"},
		{"line too long", "A\tproduct\t\t\t" + strings.Repeat("x", maxLine) + "\t\n", 1, "line longer than"},
		{"bare CR in the note", "0\tperson\t\t0\t\t0\r0", 1, "carriage return at byte 14"},
		{"bare CR in the category", "ok\tplace\t\t\t\t\nA\tproduct\tmo\rdel\t\t\t\r\n", 2, "line break"},
		{"bare CR in a name", "A\rB\tproduct\t\t\t\t\n", 1, "carriage return"},
		{"bare CR in a parent", "A\tproduct\t\tB\rC\t\t\n", 1, "carriage return"},
		{"bare CR in an alias", "A\tproduct\t\t\tx|y\rz\t\n", 1, "carriage return"},
		{"CR-only line ends", "A\tperson\t\t\t\t\rB\tperson\t\t\t\t\r", 1, "carriage return"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ReadRecords(strings.NewReader(tt.in), "bad.tsv")
			if err == nil {
				t.Fatalf("ReadRecords() = %v, want error", recs)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ReadRecords() error %T %v, want *ParseError", err, err)
			}
			if pe.File != "bad.tsv" || pe.Line != tt.line {
				t.Errorf("ParseError at %s:%d, want bad.tsv:%d", pe.File, pe.Line, tt.line)
			}
			if !strings.Contains(pe.Err.Error(), tt.msg) {
				t.Errorf("ParseError.Err = %q, want it to contain %q", pe.Err, tt.msg)
			}
			if errors.Unwrap(err) != pe.Err {
				t.Errorf("Unwrap() = %v, want %v", errors.Unwrap(err), pe.Err)
			}
			prefix := "entity: bad.tsv:" + strconv.Itoa(tt.line) + ": "
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("Error() = %q, want prefix %q", err, prefix)
			}
		})
	}
}

// failingReader returns data, then an error that is not io.EOF.
type failingReader struct{ data string }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReadRecordsReaderError(t *testing.T) {
	_, err := ReadRecords(&failingReader{data: "A\tproduct\t\t\t\t\n"}, "x.tsv")
	if err == nil || !strings.Contains(err.Error(), "disk on fire") || !strings.Contains(err.Error(), "x.tsv") {
		t.Errorf("ReadRecords(failing reader) error = %v, want the reader's error with the file name", err)
	}
	var pe *ParseError
	if errors.As(err, &pe) {
		t.Errorf("ReadRecords(failing reader) error is a *ParseError, want a read error")
	}
}

func TestAliasString(t *testing.T) {
	for _, in := range []string{"Golf", "=Golf", "Golf?", "=Golf?", "=Model 3?"} {
		a, err := parseAlias(in)
		if err != nil {
			t.Fatalf("parseAlias(%q) error = %v", in, err)
		}
		if got := a.String(); got != in {
			t.Errorf("parseAlias(%q).String() = %q, want %q", in, got, in)
		}
	}
}

func rec(name string, kind Kind, category string, parents []string, aliases ...string) Record {
	r := Record{Name: name, Kind: kind, Category: category, Parents: parents}
	for _, a := range aliases {
		al, err := parseAlias(a)
		if err != nil {
			panic(err)
		}
		r.Aliases = append(r.Aliases, al)
	}
	return r
}

func TestNewCatalogErrors(t *testing.T) {
	ok := rec("Stellantis", Organization, "automaker", nil)
	tests := []struct {
		name string
		recs []Record
		msgs []string
	}{
		{"empty name", []Record{ok, {Kind: Organization}}, []string{`organization "": empty name`}},
		{"spaced name", []Record{{Name: " Fiat", Kind: Organization}}, []string{`name " Fiat" has surrounding space`}},
		{"tab in name", []Record{{Name: "Fi\tat", Kind: Organization}}, []string{"has a tab or line break"}},
		{"invalid UTF-8 name", []Record{{Name: "Fi\xffat", Kind: Organization}}, []string{"not valid UTF-8"}},
		{"unknown kind", []Record{{Name: "Fiat"}}, []string{`"Fiat": unknown kind 0`}},
		{"kind out of range", []Record{{Name: "Fiat", Kind: 9}}, []string{"unknown kind 9"}},
		{"empty alias", []Record{{Name: "Fiat", Kind: Organization, Aliases: []Alias{{Text: ""}}}}, []string{`organization "Fiat": empty alias`}},
		{"empty parent", []Record{{Name: "Fiat", Kind: Organization, Parents: []string{""}}}, []string{"empty parent"}},
		{"newline in note", []Record{{Name: "Fiat", Kind: Organization, Note: "a\nb"}}, []string{"note"}},
		{"unknown parents", []Record{ok,
			rec("Peugeot", Organization, "brand", []string{"Stellantis", "Stelantis", "PSA"}),
			rec("Peugeot 408", Product, "model", []string{"Peugot"}),
			rec("Skoda Enyaq", Product, "model", []string{"Skoda"}),
			rec("Škoda", Organization, "brand", nil),
			rec("Milan", Place, "city", []string{"ITALY"})},
			[]string{`organization "Peugeot": unknown parent "Stelantis", "PSA": no record`, `product "Peugeot 408": unknown parent "Peugot": no record`,
				`product "Skoda Enyaq": unknown parent "Skoda" (did you mean "Škoda"?)`, `"ITALY" (did you mean "Italy"?)`}},
		{"conflicting categories", []Record{ok, rec("Stellantis", Organization, "brand", nil)},
			[]string{`organization "Stellantis": conflicting categories "automaker" and "brand"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewCatalog(tt.recs)
			if err == nil {
				t.Fatalf("NewCatalog() = %d records, want error", c.Len())
			}
			for _, m := range tt.msgs {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("NewCatalog() error = %q, want it to contain %q", err, m)
				}
			}
			if c != nil {
				t.Errorf("NewCatalog() returned a Catalog with its error")
			}
		})
	}
}

func TestNewCatalogManyErrors(t *testing.T) {
	var recs []Record
	for range 50 {
		recs = append(recs, Record{Kind: Product})
	}
	_, err := NewCatalog(recs)
	if err == nil {
		t.Fatal("NewCatalog(50 bad records) = nil error")
	}
	if n := strings.Count(err.Error(), "empty name"); n != maxErrors {
		t.Errorf("NewCatalog(50 bad records) reports %d problems, want %d", n, maxErrors)
	}
	if !strings.Contains(err.Error(), "and 30 more problems") {
		t.Errorf("NewCatalog(50 bad records) error = %q, want a count of the rest", err)
	}
}

func TestNewCatalogMerge(t *testing.T) {
	in := []Record{
		rec("Volkswagen", Organization, "", nil, "VW Group", "=VW"),
		rec("Peugeot", Organization, "brand", []string{"Stellantis"}, "Peugeot SA"),
		rec("Stellantis", Organization, "automaker", nil),
		rec("Volkswagen", Organization, "automaker", nil, "=VW", "Volkswagen AG", "VOLKSWAGEN AG", "=VOLKSWAGEN AG"),
		{Name: "Peugeot", Kind: Organization, Parents: []string{"Stellantis", "PSA"}, Note: "French brand"},
		{Name: "Peugeot", Kind: Organization, Note: "founded 1810"},
		{Name: "Peugeot", Kind: Organization, Note: "French brand"},
		rec("PSA", Organization, "automaker", nil),
		rec("Peugeot", Product, "", nil, "=Peugeot?"),                              // same name, other kind: kept apart
		{Name: "Turin", Kind: Place, Category: "city", Parents: []string{"Italy"}}, // a CLDR parent
	}
	keep := cloneAll(in)
	c, err := NewCatalog(in)
	if err != nil {
		t.Fatalf("NewCatalog() error = %v", err)
	}
	if diff := cmp.Diff(keep, in); diff != "" {
		t.Errorf("NewCatalog changed its argument (-before +after):\n%s", diff)
	}
	want := []Record{
		{Name: "PSA", Kind: Organization, Category: "automaker", Aliases: []Alias{{Text: "PSA"}}},
		{Name: "Peugeot", Kind: Organization, Category: "brand", Parents: []string{"Stellantis", "PSA"},
			Aliases: []Alias{{Text: "Peugeot"}, {Text: "Peugeot SA"}}, Note: "French brand; founded 1810"},
		{Name: "Stellantis", Kind: Organization, Category: "automaker", Aliases: []Alias{{Text: "Stellantis"}}},
		{Name: "Volkswagen", Kind: Organization, Category: "automaker",
			Aliases: []Alias{{Text: "Volkswagen"}, {Text: "VW Group"}, {Text: "VW", CaseSensitive: true}, {Text: "Volkswagen AG"},
				{Text: "VOLKSWAGEN AG", CaseSensitive: true}}},
		{Name: "Turin", Kind: Place, Category: "city", Parents: []string{"Italy"}, Aliases: []Alias{{Text: "Turin"}}},
		{Name: "Peugeot", Kind: Product, Aliases: []Alias{{Text: "Peugeot", CaseSensitive: true, NeedsContext: true}}},
	}
	if diff := cmp.Diff(want, c.Records()); diff != "" {
		t.Errorf("Records() mismatch (-want +got):\n%s", diff)
	}
	if got := c.Len(); got != 6 {
		t.Errorf("Len() = %d, want 6", got)
	}
	for kind, n := range map[Kind]int{Unknown: 0, Organization: 4, Person: 0, Place: 1, Product: 1, Event: 0, Kind(-1): 0, Kind(99): 0} {
		if got := c.Count(kind); got != n {
			t.Errorf("Count(%v) = %d, want %d", kind, got, n)
		}
	}
	if r, ok := c.Lookup("Peugeot", Product); !ok || r.Kind != Product {
		t.Errorf(`Lookup("Peugeot", Product) = %v, %v, want the product`, r, ok)
	}
	for _, q := range []struct {
		name string
		kind Kind
	}{{"peugeot", Organization}, {"VW", Organization}, {"Stellantis", Person}, {"", Organization}} {
		if r, ok := c.Lookup(q.name, q.kind); ok {
			t.Errorf("Lookup(%q, %v) = %v, true, want no record", q.name, q.kind, r)
		}
	}
}

func cloneAll(rs []Record) []Record {
	out := make([]Record, len(rs))
	for i, r := range rs {
		out[i] = r.clone()
	}
	return out
}

func TestCatalogCopies(t *testing.T) {
	c, err := NewCatalog([]Record{rec("Stellantis", Organization, "automaker", nil, "Stellantis NV"),
		rec("Fiat", Organization, "brand", []string{"Stellantis"})})
	if err != nil {
		t.Fatal(err)
	}
	all := c.Records()
	all[0].Aliases[0].Text = "changed"
	all[0].Parents[0] = "changed"
	all[1].Name = "changed"
	r, _ := c.Lookup("Stellantis", Organization)
	r.Aliases[0].Text = "changed"
	if diff := cmp.Diff(c.Records()[0], Record{Name: "Fiat", Kind: Organization, Category: "brand",
		Parents: []string{"Stellantis"}, Aliases: []Alias{{Text: "Fiat"}}}); diff != "" {
		t.Errorf("changing Records() changed the Catalog (-got +want):\n%s", diff)
	}
	if r, _ := c.Lookup("Stellantis", Organization); r.Aliases[0].Text != "Stellantis" {
		t.Errorf("changing Lookup's record changed the Catalog: %v", r)
	}
}

func TestZeroAndNilCatalog(t *testing.T) {
	for _, c := range []*Catalog{nil, {}} {
		if c.Len() != 0 || c.Count(Organization) != 0 || len(c.Records()) != 0 {
			t.Errorf("empty Catalog: Len %d, Count %d, Records %v", c.Len(), c.Count(Organization), c.Records())
		}
		if _, ok := c.Lookup("Fiat", Organization); ok {
			t.Error("empty Catalog: Lookup found a record")
		}
		e, err := c.Extend([]Record{rec("Fiat", Organization, "brand", nil)})
		if err != nil || e.Len() != 1 {
			t.Errorf("empty Catalog: Extend = %d records, %v; want 1, nil", e.Len(), err)
		}
	}
	c, err := NewCatalog(nil)
	if err != nil || c.Len() != 0 {
		t.Errorf("NewCatalog(nil) = %d records, %v; want 0, nil", c.Len(), err)
	}
}

func TestExtend(t *testing.T) {
	base, err := NewCatalog([]Record{
		{Name: "Stellantis", Kind: Organization, Category: "automaker", Aliases: []Alias{{Text: "Stellantis NV"}}, Note: "old note"},
		{Name: "Stellantis", Kind: Organization, Note: "new"},
		{Name: "Fiat", Kind: Organization, Category: "brand", Parents: []string{"Stellantis"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := base.Lookup("Stellantis", Organization); r.Note != "old note; new" {
		t.Errorf("NewCatalog joined notes %q, want %q", r.Note, "old note; new")
	}
	before := base.Records()
	ext, err := base.Extend([]Record{
		{Name: "Stellantis", Kind: Organization, Category: "automaker-group", Aliases: []Alias{{Text: "Groupe Stellantis"}, {Text: "Stellantis NV"}}, Note: "new"},
		{Name: "Fiat", Kind: Organization, Parents: []string{"Fiat Chrysler"}},
		{Name: "Fiat Chrysler", Kind: Organization, Category: "automaker", Aliases: []Alias{{Text: "FCA", CaseSensitive: true}}},
	})
	if err != nil {
		t.Fatalf("Extend() error = %v", err)
	}
	want := []Record{
		{Name: "Fiat", Kind: Organization, Category: "brand", Parents: []string{"Stellantis", "Fiat Chrysler"}, Aliases: []Alias{{Text: "Fiat"}}},
		{Name: "Fiat Chrysler", Kind: Organization, Category: "automaker", Aliases: []Alias{{Text: "Fiat Chrysler"}, {Text: "FCA", CaseSensitive: true}}},
		{Name: "Stellantis", Kind: Organization, Category: "automaker-group",
			Aliases: []Alias{{Text: "Stellantis"}, {Text: "Stellantis NV"}, {Text: "Groupe Stellantis"}}, Note: "new"},
	}
	if diff := cmp.Diff(want, ext.Records()); diff != "" {
		t.Errorf("Extend() records mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(before, base.Records()); diff != "" {
		t.Errorf("Extend() changed its receiver (-before +after):\n%s", diff)
	}

	// Validation applies to the new records, conflicts among them included.
	if _, err := base.Extend([]Record{{Name: "Ram", Kind: Organization, Parents: []string{"Stelantis"}}}); err == nil ||
		!strings.Contains(err.Error(), `unknown parent "Stelantis"`) {
		t.Errorf("Extend(unknown parent) error = %v", err)
	}
	if _, err := base.Extend([]Record{{Name: "Ram", Kind: Organization, Category: "brand"}, {Name: "Ram", Kind: Organization, Category: "automaker"}}); err == nil ||
		!strings.Contains(err.Error(), "conflicting categories") {
		t.Errorf("Extend(conflicting new records) error = %v", err)
	}
	if _, err := base.Extend([]Record{{Name: "Stellantis", Kind: Organization, Category: "brand"}, {Name: "Stellantis", Kind: Organization, Category: "other"}}); err == nil ||
		!strings.Contains(err.Error(), `conflicting categories "brand" and "other"`) {
		t.Errorf("Extend(two new categories for one base record) error = %v", err)
	}
	if _, err := base.Extend([]Record{{Name: "", Kind: Organization}}); err == nil {
		t.Error("Extend(empty name) error = nil")
	}
}

func TestLoadCatalog(t *testing.T) {
	fsys := fstest.MapFS{
		"b.tsv":           {Data: []byte("# b\nFiat\torganization\tbrand\tStellantis\t\t\nMilan\tplace\tcity\tItaly\tMilaan|Mailand\t\n")},
		"a.tsv":           {Data: []byte("# a\nStellantis\torganization\tautomaker\t\tStellantis N.V.\t\nMilan\tplace\t\t\tMilano\tcapital of Lombardy\n")},
		"notes.txt":       {Data: []byte("not data")},
		"sub/ignored.tsv": {Data: []byte("bad line\n")},
	}
	c, err := LoadCatalog(fsys)
	if err != nil {
		t.Fatalf("LoadCatalog() error = %v", err)
	}
	want := []Record{
		{Name: "Fiat", Kind: Organization, Category: "brand", Parents: []string{"Stellantis"}, Aliases: []Alias{{Text: "Fiat"}}},
		{Name: "Stellantis", Kind: Organization, Category: "automaker", Aliases: []Alias{{Text: "Stellantis"}, {Text: "Stellantis N.V."}}},
		{Name: "Milan", Kind: Place, Category: "city", Parents: []string{"Italy"},
			Aliases: []Alias{{Text: "Milan"}, {Text: "Milano"}, {Text: "Milaan"}, {Text: "Mailand"}}, Note: "capital of Lombardy"},
	}
	if diff := cmp.Diff(want, c.Records()); diff != "" {
		t.Errorf("LoadCatalog() records mismatch (-want +got):\n%s", diff)
	}
	if _, ok := c.Lookup("Italy", Place); ok {
		t.Error(`LoadCatalog() has CLDR place "Italy", want none`)
	}
	withPlaces, err := c.Extend(Places())
	if err != nil {
		t.Fatalf("Extend(Places()) error = %v", err)
	}
	if r, ok := withPlaces.Lookup("Italy", Place); !ok || !hasAlias(r, "Italië") {
		t.Errorf(`Extend(Places()).Lookup("Italy") = %v, %v, want the CLDR place`, r, ok)
	}
	if got, want := withPlaces.Len(), c.Len()+len(Places()); got != want {
		t.Errorf("Extend(Places()).Len() = %d, want %d", got, want)
	}

	_, err = LoadCatalog(fstest.MapFS{"a.tsv": {Data: []byte("ok\tperson\t\t\t\t\n")}, "z.tsv": {Data: []byte("# z\n\nbroken\tperson\n")}})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != "z.tsv" || pe.Line != 3 {
		t.Errorf("LoadCatalog(broken z.tsv) error = %v, want a *ParseError at z.tsv:3", err)
	}
	// A bare CR inside a field is the reader's error, with file and line,
	// not a record that NewCatalog rejects without them.
	_, err = LoadCatalog(fstest.MapFS{"cr.tsv": {Data: []byte("# cr\nok\tperson\t\t\t\t\n0\tperson\t\t\t\t0\r0\n")}})
	if !errors.As(err, &pe) || pe.File != "cr.tsv" || pe.Line != 3 {
		t.Errorf("LoadCatalog(bare CR in a note) error = %v, want a *ParseError at cr.tsv:3", err)
	}
	if _, err := LoadCatalog(fstest.MapFS{"readme.md": {Data: []byte("x")}}); err == nil || !strings.Contains(err.Error(), "no *.tsv") {
		t.Errorf("LoadCatalog(no tsv) error = %v", err)
	}
	if _, err := LoadCatalog(nil); err == nil {
		t.Error("LoadCatalog(nil) error = nil")
	}
	if _, err := LoadCatalog(fstest.MapFS{"a.tsv": {Data: []byte("Fiat\torganization\t\tStelantis\t\t\n")}}); err == nil ||
		!strings.Contains(err.Error(), `"Stelantis"`) {
		t.Errorf("LoadCatalog(unknown parent) error = %v", err)
	}
}

func TestPlaces(t *testing.T) {
	places := Places()
	byName := map[string]Record{}
	owner := map[string]string{}
	for _, r := range places {
		if _, dup := byName[r.Name]; dup {
			t.Errorf("Places() has %q twice", r.Name)
		}
		byName[r.Name] = r
		if r.Kind != Place || (r.Category != "country" && r.Category != "region") {
			t.Errorf("Places() record %q has kind %v, category %q", r.Name, r.Kind, r.Category)
		}
		if len(r.Aliases) == 0 || r.Aliases[0].Text != r.Name {
			t.Errorf("Places() record %q: first alias is not the canonical name: %v", r.Name, r.Aliases)
		}
		for _, a := range r.Aliases {
			if o, ok := owner[a.Text]; ok {
				t.Errorf("Places(): alias %q of both %q and %q", a.Text, o, r.Name)
			}
			owner[a.Text] = r.Name
		}
	}
	if n := len(places); n < 240 || n > 320 {
		t.Errorf("len(Places()) = %d, want about 280", n)
	}
	tests := []struct {
		alias, place string
		cs, ctx      bool
	}{
		{"United States", "United States", false, false},
		{"Verenigde Staten", "United States", false, false},
		{"Vereinigte Staaten", "United States", false, false},
		{"États-Unis", "United States", false, false},
		{"Stati Uniti", "United States", false, false},
		{"Estados Unidos", "United States", false, false},
		{"USA", "United States", true, false},
		{"美国", "United States", false, false},
		{"美國", "United States", false, false},
		{"アメリカ合衆国", "United States", false, false},
		{"미국", "United States", false, false},
		{"Rusland", "Russia", false, false},
		{"Nederland", "Netherlands", false, false},
		{"Niederlande", "Netherlands", false, false},
		{"Pays-Bas", "Netherlands", false, false},
		{"Europa", "Europe", false, false},
		{"Europe", "Europe", false, false},
		{"Latin America", "Latin America", false, false},
		{"Südostasien", "Southeast Asia", false, false},
		{"Turkije", "Turkey", false, false},
		{"Türkiye", "Turkey", false, false},
		{"Turkey", "Turkey", true, false},
		{"Chad", "Chad", true, true},
		{"Jordan", "Jordan", true, true},
		{"Island", "Iceland", true, true},
		{"Polska", "Poland", false, false}, // inflected: w Polsce
		{"Niemcy", "Germany", false, false},
		{"Italien", "Italy", true, false},  // French adjective italien
		{"Reunión", "Réunion", true, true}, // Spanish: meeting
		{"Côte d’Ivoire", "Côte d’Ivoire", false, false},
		{"Côte d'Ivoire", "Côte d’Ivoire", false, false},
		{"Europe de l'Est", "Eastern Europe", false, false},
		{"Suisse", "Switzerland", true, false},
		{"Chili", "Chile", true, false},
		{"Réunion", "Réunion", true, true},
		{"Burma", "Myanmar (Burma)", false, false},
		{"Myanmar", "Myanmar (Burma)", false, false},
		{"Hongkong", "Hong Kong SAR China", false, false},
		{"Hong Kong", "Hong Kong SAR China", false, false},
		{"Bosnia and Herzegovina", "Bosnia & Herzegovina", false, false},
		{"Deutschland", "Germany", false, false},
		{"Wielka Brytania", "United Kingdom", false, false},
	}
	for _, tt := range tests {
		r, ok := byName[tt.place]
		if !ok {
			t.Errorf("Places() has no %q", tt.place)
			continue
		}
		var found *Alias
		for i, a := range r.Aliases {
			if a.Text == tt.alias {
				found = &r.Aliases[i]
			}
		}
		if found == nil {
			t.Errorf("Places() %q lacks alias %q: %v", tt.place, tt.alias, r.Aliases)
			continue
		}
		if found.CaseSensitive != tt.cs || found.NeedsContext != tt.ctx {
			t.Errorf("Places() %q alias %q = %+v, want CaseSensitive %v, NeedsContext %v", tt.place, tt.alias, *found, tt.cs, tt.ctx)
		}
	}
	for _, name := range []string{"European Union", "Eurozone", "United Nations", "Unknown Region", "World", "Outlying Oceania"} {
		if _, ok := byName[name]; ok {
			t.Errorf("Places() has %q, want none", name)
		}
	}
	for _, alias := range []string{"Europese Unie", "Europäische Union", "Union européenne", "China (Hong Kong)", "Amerika", "Welt", "oblast", "region", "Keeling"} {
		if o, ok := owner[alias]; ok {
			t.Errorf("Places(): %q is an alias of %q, want no place", alias, o)
		}
	}
	if hk := byName["Hong Kong SAR China"]; hasAlias(hk, "China") || hasAlias(hk, "Chiny") {
		t.Errorf(`Places(): "Hong Kong" has China as an alias: %v`, hk.Aliases)
	}

	// Places returns a copy each time.
	places[0].Aliases[0].Text = "changed"
	if Places()[0].Aliases[0].Text == "changed" {
		t.Error("changing Places() changed the next result")
	}
}

func hasAlias(r Record, text string) bool {
	for _, a := range r.Aliases {
		if a.Text == text {
			return true
		}
	}
	return false
}

func TestSplitPlaceName(t *testing.T) {
	tests := []struct{ in, head, inner string }{
		{"Myanmar (Burma)", "Myanmar", "Burma"},
		{"ミャンマー (ビルマ)", "ミャンマー", "ビルマ"},
		{"홍콩(중국 특별행정구)", "홍콩", "중국 특별행정구"},
		{"Severní Amerika (oblast)", "Severní Amerika", ""},
		{"Ameryka Północna (USA, Kanada)", "Ameryka Północna", ""},
		{"Cocos (Keeling) Islands", "", ""},
		{"Hong Kong SAR China", "Hong Kong", ""},
		{"Germany", "", ""},
		{"", "", ""},
		{"(", "", ""},
		{"x (", "", ""},
		{"x ()", "x", ""},
	}
	for _, tt := range tests {
		head, inner := splitPlaceName(tt.in)
		if head != tt.head || inner != tt.inner {
			t.Errorf("splitPlaceName(%q) = %q, %q, want %q, %q", tt.in, head, inner, tt.head, tt.inner)
		}
	}
}

// TestExtendShares checks that Catalogs extended from one base do not see
// each other's additions, whatever spare capacity the base's slices have.
func TestExtendShares(t *testing.T) {
	base, err := LoadCatalog(fstest.MapFS{"a.tsv": {Data: []byte("Stellantis\torganization\tautomaker\t\tStellantis NV\t\n")}})
	if err != nil {
		t.Fatal(err)
	}
	one, err := base.Extend([]Record{{Name: "Stellantis", Kind: Organization, Parents: []string{"Netherlands"}, Aliases: []Alias{{Text: "one"}}}})
	if err != nil {
		t.Fatal(err)
	}
	two, err := base.Extend([]Record{{Name: "Stellantis", Kind: Organization, Parents: []string{"France"}, Aliases: []Alias{{Text: "two"}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		c       *Catalog
		parents []string
		aliases []Alias
	}{
		{base, nil, []Alias{{Text: "Stellantis"}, {Text: "Stellantis NV"}}},
		{one, []string{"Netherlands"}, []Alias{{Text: "Stellantis"}, {Text: "Stellantis NV"}, {Text: "one"}}},
		{two, []string{"France"}, []Alias{{Text: "Stellantis"}, {Text: "Stellantis NV"}, {Text: "two"}}},
	} {
		r, _ := tt.c.Lookup("Stellantis", Organization)
		if diff := cmp.Diff(tt.aliases, r.Aliases); diff != "" {
			t.Errorf("aliases mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(tt.parents, r.Parents); diff != "" {
			t.Errorf("parents mismatch (-want +got):\n%s", diff)
		}
	}
}

// TestAliasSize keeps Alias small: the default catalog holds some 10,000.
func TestAliasSize(t *testing.T) {
	if got, want := unsafe.Sizeof(Alias{}), 3*unsafe.Sizeof(uintptr(0)); got > want {
		t.Errorf("unsafe.Sizeof(Alias{}) = %d, want at most %d", got, want)
	}
}

func TestLookupAllocs(t *testing.T) {
	c, err := NewCatalog([]Record{rec("Stellantis", Organization, "automaker", nil, "Stellantis NV")})
	if err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { c.Count(Organization); c.Len() }); n != 0 {
		t.Errorf("Count and Len allocate %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { c.Lookup("Stellantis", Organization) }); n > 2 {
		t.Errorf("Lookup allocates %v times, want at most 2 (the record's slices)", n)
	}
	if n := testing.AllocsPerRun(100, func() { c.Lookup("Nobody", Person) }); n != 0 {
		t.Errorf("Lookup of a missing name allocates %v times, want 0", n)
	}
}
