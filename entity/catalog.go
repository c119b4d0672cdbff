package entity

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// DataVersion is the version of the embedded knowledge base, as the year and
// month (YYYY.MM) in which its data files were last checked. It is bumped
// whenever a file under data/ changes: to the month of the newest
// "# checked:" header, which a test keeps from running ahead of it.
const DataVersion = "2026.11"

// Alias is one name under which a [Record] is written in text.
type Alias struct {
	// Text is the name as written in the data, with its markers removed.
	Text string
	// CaseSensitive reports whether the name matches only with exactly this
	// capitalization (the '=' prefix marker). Other aliases match ignoring
	// case, accents and the spaces around hyphens.
	CaseSensitive bool
	// NeedsContext reports whether the name is ambiguous and counts only
	// with context (the '?' suffix marker): for a product its brand named in
	// the same sentence, for other kinds an automotive cue nearby.
	NeedsContext bool
}

// String returns the alias in the data files' notation, markers included
// ("=Golf?").
func (a Alias) String() string {
	s := a.Text
	if a.CaseSensitive {
		s = "=" + s
	}
	if a.NeedsContext {
		s += "?"
	}
	return s
}

// Record is one entry of the knowledge base: a known organization, person,
// place, product or event with the names it goes by.
type Record struct {
	// Name is the canonical name, unique within its Kind.
	Name string
	// Kind is the record's kind; never Unknown in a Catalog.
	Kind Kind
	// Category refines the kind ("automaker", "model", "city"); may be empty.
	Category string
	// Parents are the canonical names of related records: a brand's group,
	// a model's brand, a person's organization, a plant's city.
	Parents []string
	// Aliases are all the names to match, the canonical name included
	// (first) unless the data gave it with markers.
	Aliases []Alias
	// Note is free text for reviewers: a person's role and when it was
	// checked, a joint venture's partners.
	Note string
}

// clone returns a deep copy of r, so that callers may keep or change it
// without touching a Catalog.
func (r Record) clone() Record {
	r.Parents = slices.Clone(r.Parents)
	r.Aliases = slices.Clone(r.Aliases)
	return r
}

// clip returns r with its slices clipped to their length, so that appending
// to them copies instead of writing into memory that others share.
func (r Record) clip() Record {
	r.Parents = slices.Clip(r.Parents)
	r.Aliases = slices.Clip(r.Aliases)
	return r
}

// ParseError records a malformed line of a knowledge-base file.
type ParseError struct {
	File string // the file's name as given to ReadRecords
	Line int    // 1-based line number
	Err  error  // what is wrong
}

// Error returns "entity: file:line: msg".
func (e *ParseError) Error() string {
	return fmt.Sprintf("entity: %s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// maxLine and maxFile are the longest line and file ReadRecords accepts, in
// bytes.
const (
	maxLine = 64 << 10
	maxFile = 64 << 20
)

// columns is the number of tab-separated fields of a data line.
const columns = 6

// ReadRecords reads one knowledge-base file in the tab-separated format
// described in the package documentation. The file name is used in errors
// only. Empty lines and lines starting with '#' are skipped; a UTF-8 byte
// order mark and CRLF line ends are accepted, a carriage return anywhere
// else (a bare CR inside a field, CR-only line ends) is an error; spaces around fields, parents
// and aliases are trimmed. As in a Catalog, a record's canonical name is
// made its first alias unless the line gives it (see [NewCatalog]). Records
// are returned in file order, not yet merged or checked against each other
// (duplicates, parents): that is [NewCatalog]'s work.
//
// Errors for malformed lines, and for lines over 64 KiB, are of type
// *[ParseError]; the first one ends the read. A file over 64 MiB or a
// failing reader gives a plain error.
func ReadRecords(r io.Reader, file string) ([]Record, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("entity: reading %s: %w", file, err)
	}
	if len(b) > maxFile {
		return nil, fmt.Errorf("entity: reading %s: file larger than %d bytes", file, maxFile)
	}
	// One string for the whole file: the records' strings share it.
	rest := strings.TrimPrefix(string(b), "\uFEFF")
	recs := make([]Record, 0, strings.Count(rest, "\n")+1)
	for line := 1; rest != ""; line++ {
		var s string
		s, rest, _ = strings.Cut(rest, "\n")
		if len(s) > maxLine {
			return nil, &ParseError{File: file, Line: line, Err: errLineTooLong}
		}
		rec, ok, err := parseLine(s)
		if err != nil {
			return nil, &ParseError{File: file, Line: line, Err: err}
		}
		if ok {
			recs = append(recs, rec)
		}
	}
	if len(recs) == 0 {
		return nil, nil
	}
	return slices.Clip(recs), nil
}

var errLineTooLong = fmt.Errorf("line longer than %d bytes", maxLine)

// parseLine parses one line. It reports ok == false for blank and comment
// lines.
func parseLine(s string) (rec Record, ok bool, err error) {
	if !utf8.ValidString(s) {
		return Record{}, false, errors.New("invalid UTF-8")
	}
	s = strings.TrimSuffix(s, "\r")
	if i := strings.IndexByte(s, '\r'); i >= 0 {
		return Record{}, false, fmt.Errorf("carriage return at byte %d of the line: lines end in LF or CRLF, and no field may hold a line break", i)
	}
	if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
		return Record{}, false, nil
	}
	if n := strings.Count(s, "\t") + 1; n != columns {
		return Record{}, false, fmt.Errorf("got %d tab-separated columns, want %d (name, kind, category, parents, aliases, note)", n, columns)
	}
	var f [columns]string
	for i := range f {
		var field string
		field, s, _ = strings.Cut(s, "\t")
		f[i] = strings.TrimSpace(field)
	}
	rec.Name = f[0]
	if rec.Name == "" {
		return Record{}, false, errors.New("empty name")
	}
	if f[1] == "" {
		return Record{}, false, fmt.Errorf("%q: empty kind", rec.Name)
	}
	if rec.Kind = parseKind(f[1]); rec.Kind == Unknown {
		return Record{}, false, fmt.Errorf("%q: unknown kind %q (want organization, person, place, product or event)", rec.Name, f[1])
	}
	rec.Category = f[2]
	if f[3] != "" {
		for p := range strings.SplitSeq(f[3], ";") {
			p = strings.TrimSpace(p)
			if p == "" {
				return Record{}, false, fmt.Errorf("%q: empty parent in %q", rec.Name, f[3])
			}
			rec.Parents = append(rec.Parents, p)
		}
	}
	if f[4] != "" {
		rec.Aliases = make([]Alias, 0, strings.Count(f[4], "|")+2) // +1 for the canonical name
		for a := range strings.SplitSeq(f[4], "|") {
			al, err := parseAlias(a)
			if err != nil {
				return Record{}, false, fmt.Errorf("%q: %v in %q", rec.Name, err, f[4])
			}
			rec.Aliases = append(rec.Aliases, al)
		}
	}
	rec.Note = f[5]
	rec.Aliases = withCanonical(rec.Name, rec.Aliases)
	// What NewCatalog would reject on its own is the reader's error, with
	// the file and line.
	if msg := checkRecord(rec); msg != "" {
		return Record{}, false, errors.New(msg)
	}
	return rec, true, nil
}

// parseKind returns the Kind whose String is s, or Unknown.
func parseKind(s string) Kind {
	for k := Organization; k <= Event; k++ {
		if s == kindText[k] {
			return k
		}
	}
	return Unknown
}

// parseAlias parses one alias with its markers: "=Golf?".
func parseAlias(s string) (Alias, error) {
	s = strings.TrimSpace(s)
	var a Alias
	if t, ok := strings.CutPrefix(s, "="); ok {
		a.CaseSensitive = true
		s = t
	}
	if t, ok := strings.CutSuffix(s, "?"); ok {
		a.NeedsContext = true
		s = t
	}
	a.Text = strings.TrimSpace(s)
	if a.Text == "" {
		return Alias{}, errors.New("empty alias")
	}
	return a, nil
}

// Catalog is an immutable set of [Record] values, at most one for each
// canonical name and kind: the knowledge base that package annotate looks
// names up in. Build one with [NewCatalog], [LoadCatalog] or
// [DefaultCatalog]; [Catalog.Extend] derives a new one. The zero Catalog is
// empty. A Catalog is safe for concurrent use by multiple goroutines.
type Catalog struct {
	recs  []Record       // sorted by Kind, then Name
	index map[key]int    // (Name, Kind) -> index into recs
	count [Event + 1]int // records per Kind
}

// key identifies a record.
type key struct {
	name string
	kind Kind
}

// NewCatalog validates records and builds a Catalog of them. Records with
// the same Name and Kind are merged: their parents and aliases are united in
// order of appearance, their notes are joined with "; ", and a Category
// given by only one of them is kept. Plain aliases that differ only in case
// are kept once, as they match the same text. A record's canonical name is
// made its first alias unless an alias already equals it ignoring case:
// "=Smart?" or "=MINI" ask for a stricter match of the canonical name, which
// a plain alias would undo.
//
// NewCatalog reports an error naming the record when a name is empty or has
// surrounding space, tabs or line breaks, when a kind is not one of
// Organization, Person, Place, Product and Event, when an alias or parent is
// empty, when duplicates give different categories, and when a parent names
// neither a record of any kind nor a country or world region of [Places]
// (which [LoadCatalog] leaves out but [DefaultCatalog] includes). All
// problems, up to 20, are reported together, joined with [errors.Join]. The
// records are not changed and not kept.
func NewCatalog(records []Record) (*Catalog, error) {
	return build(nil, records, false, false)
}

// Extend returns a new Catalog holding c's records and the given ones. A
// given record with the same Name and Kind as one of c's is merged into it:
// aliases and parents are united, and a non-empty Category or Note replaces
// c's. Records are validated as by [NewCatalog]; c is not changed.
func (c *Catalog) Extend(records []Record) (*Catalog, error) {
	var base []Record
	if c != nil {
		base = c.recs
	}
	return build(base, records, true, false)
}

// maxErrors bounds the number of problems one error reports.
const maxErrors = 20

// build merges base (already valid) and records into a new Catalog. With
// replace, the first non-empty Category or Note that records give for a
// record of base replaces base's; otherwise, and among records, differing
// categories are errors and notes are joined.
//
// The records of base are shared, not copied: build never changes an
// element of their slices, and appending to a clipped slice copies it. With
// owned, records are shared the same way, as the caller will not change
// them (they were just read, or are immutable tables); otherwise they are
// copied, so that the caller may change them later.
func build(base, records []Record, replace, owned bool) (*Catalog, error) {
	c := &Catalog{
		recs:  make([]Record, 0, len(base)+len(records)),
		index: make(map[key]int, len(base)+len(records)),
	}
	for _, r := range base {
		c.index[key{r.Name, r.Kind}] = len(c.recs)
		c.recs = append(c.recs, r.clip())
	}
	var errs []error
	fail := func(r Record, format string, args ...any) {
		errs = append(errs, fmt.Errorf("entity: %s %q: %s", r.Kind, r.Name, fmt.Sprintf(format, args...)))
	}
	fresh := make([]bool, len(c.recs), cap(c.recs)) // merged only within records
	for _, r := range records {
		if msg := checkRecord(r); msg != "" {
			fail(r, "%s", msg)
			continue
		}
		k := key{r.Name, r.Kind}
		i, dup := c.index[k]
		if !dup {
			c.index[k] = len(c.recs)
			if owned {
				r = r.clip()
			} else {
				r = r.clone()
			}
			c.recs = append(c.recs, r)
			fresh = append(fresh, true)
			continue
		}
		old := &c.recs[i]
		switch {
		case r.Category == "" || r.Category == old.Category:
		case old.Category == "" || (replace && !fresh[i]):
			old.Category = r.Category
		default:
			fail(r, "conflicting categories %q and %q", old.Category, r.Category)
		}
		switch {
		case r.Note == "":
		case old.Note == "" || (replace && !fresh[i]):
			old.Note = r.Note
		case !slices.Contains(strings.Split(old.Note, "; "), r.Note):
			old.Note += "; " + r.Note
		}
		fresh[i] = true // a second new record merges with this one
		old.Parents = unite(old.Parents, r.Parents)
		old.Aliases = unite(old.Aliases, r.Aliases)
	}
	names := make(map[string]bool, len(c.recs))
	for i := range c.recs {
		r := &c.recs[i]
		names[r.Name] = true
		r.Aliases = withCanonical(r.Name, dedupePlain(r.Aliases))
	}
	var folded map[string]string // built on the first unknown parent
	for _, r := range c.recs {
		var missing []string
		for _, p := range r.Parents {
			if names[p] || isPlaceName(p) {
				continue
			}
			if folded == nil {
				folded = make(map[string]string, len(names))
				for n := range names {
					folded[foldName(n)] = n
				}
				for n := range placeNames() {
					folded[foldName(n)] = n
				}
			}
			m := fmt.Sprintf("%q", p)
			if n, ok := folded[foldName(p)]; ok {
				m += fmt.Sprintf(" (did you mean %q?)", n)
			}
			missing = append(missing, m)
		}
		if len(missing) > 0 {
			fail(r, "unknown parent %s: no record and no CLDR country or region has that name", strings.Join(missing, ", "))
		}
	}
	if len(errs) > 0 {
		if len(errs) > maxErrors {
			n := len(errs) - maxErrors
			errs = append(errs[:maxErrors], fmt.Errorf("entity: and %d more problems", n))
		}
		return nil, errors.Join(errs...)
	}
	order := make([]int, len(c.recs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		a, b := &c.recs[i], &c.recs[j]
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), strings.Compare(a.Name, b.Name))
	})
	sorted := make([]Record, len(c.recs))
	for i, j := range order {
		sorted[i] = c.recs[j]
	}
	c.recs = sorted
	for i, r := range c.recs {
		c.index[key{r.Name, r.Kind}] = i
		c.count[r.Kind]++
	}
	return c, nil
}

// checkRecord returns what is wrong with one record on its own, or "".
func checkRecord(r Record) string {
	if msg := checkName("name", r.Name); msg != "" {
		return msg
	}
	if r.Kind <= Unknown || r.Kind > Event {
		return fmt.Sprintf("unknown kind %d", int(r.Kind))
	}
	if strings.ContainsAny(r.Category, "\t\r\n") {
		return fmt.Sprintf("category %q has a tab or line break", r.Category)
	}
	if strings.ContainsAny(r.Note, "\t\r\n") {
		return fmt.Sprintf("note %q has a tab or line break", r.Note)
	}
	for _, p := range r.Parents {
		if msg := checkName("parent", p); msg != "" {
			return msg
		}
	}
	for _, a := range r.Aliases {
		if msg := checkName("alias", a.Text); msg != "" {
			return msg
		}
	}
	return ""
}

// checkName returns what is wrong with a name, parent or alias, or "".
func checkName(what, s string) string {
	if s == "" {
		return "empty " + what
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\t' || c == '\r' || c == '\n':
			return fmt.Sprintf("%s %q has a tab or line break", what, s)
		case c >= utf8.RuneSelf:
			if !utf8.ValidString(s[i:]) {
				return fmt.Sprintf("%s %q is not valid UTF-8", what, s)
			}
			i = len(s)
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		return fmt.Sprintf("%s %q has surrounding space", what, s)
	}
	return ""
}

// foldName returns name in lower case without accents, to suggest the
// record a misspelt parent means ("Skoda" for "Škoda").
func foldName(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// unite appends to a the elements of b it lacks.
func unite[T comparable](a, b []T) []T {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}

// dedupePlain drops plain aliases that equal an earlier plain alias but for
// case ("CUPRA" after "Cupra"): they match the same text. It returns
// aliases itself when there is none.
func dedupePlain(aliases []Alias) []Alias {
	dup := func(i int) bool {
		a := aliases[i]
		if a.CaseSensitive || a.NeedsContext {
			return false
		}
		for _, b := range aliases[:i] {
			if !b.CaseSensitive && !b.NeedsContext && strings.EqualFold(a.Text, b.Text) {
				return true
			}
		}
		return false
	}
	first := -1
	for i := range aliases {
		if dup(i) {
			first = i
			break
		}
	}
	if first < 0 {
		return aliases
	}
	out := slices.Clone(aliases[:first])
	for i := first + 1; i < len(aliases); i++ {
		if !dup(i) {
			out = append(out, aliases[i])
		}
	}
	return out
}

// withCanonical puts the canonical name first among the aliases, unless the
// aliases already hold it in any capitalization, with or without markers.
func withCanonical(name string, aliases []Alias) []Alias {
	for _, a := range aliases {
		if strings.EqualFold(a.Text, name) {
			return aliases
		}
	}
	return slices.Insert(aliases, 0, Alias{Text: name})
}

// Len returns the number of records.
func (c *Catalog) Len() int {
	if c == nil {
		return 0
	}
	return len(c.recs)
}

// Count returns the number of records of the given kind.
func (c *Catalog) Count(kind Kind) int {
	if c == nil || kind < 0 || int(kind) >= len(c.count) {
		return 0
	}
	return c.count[kind]
}

// Records returns all records, sorted by Kind, then Name (byte order). The
// slice and the records are a copy the caller may keep and change.
func (c *Catalog) Records() []Record {
	if c == nil {
		return nil
	}
	out := make([]Record, len(c.recs))
	for i, r := range c.recs {
		out[i] = r.clone()
	}
	return out
}

// Lookup returns the record of the given kind whose canonical name is
// exactly name, as a copy the caller may keep. It does not look at aliases:
// finding names in text is package annotate's work.
func (c *Catalog) Lookup(name string, kind Kind) (Record, bool) {
	if c == nil {
		return Record{}, false
	}
	i, ok := c.index[key{name, kind}]
	if !ok {
		return Record{}, false
	}
	return c.recs[i].clone(), true
}

// LoadCatalog reads every file matching *.tsv at the root of fsys, in order
// of name, with [ReadRecords], and builds a Catalog of their records with
// [NewCatalog]. Records of the same Name and Kind in different files are
// merged. Unlike [DefaultCatalog] it adds no CLDR places, though parents may
// name them; use [Catalog.Extend] with [Places] to add them.
//
// LoadCatalog serves both the embedded data and a caller's own files
// (os.DirFS, fstest.MapFS, an embed.FS). It reports an error if fsys holds
// no *.tsv file.
func LoadCatalog(fsys fs.FS) (*Catalog, error) {
	recs, err := readAll(fsys)
	if err != nil {
		return nil, err
	}
	return build(nil, recs, false, true)
}

// readAll reads the records of every *.tsv file at the root of fsys.
func readAll(fsys fs.FS) ([]Record, error) {
	if fsys == nil {
		return nil, errors.New("entity: LoadCatalog: nil file system")
	}
	files, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return nil, fmt.Errorf("entity: LoadCatalog: %w", err)
	}
	if len(files) == 0 {
		return nil, errors.New("entity: LoadCatalog: no *.tsv file at the root of the file system")
	}
	slices.Sort(files)
	perFile := make([][]Record, 0, len(files))
	for _, name := range files {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("entity: LoadCatalog: %w", err)
		}
		recs, err := ReadRecords(f, path.Base(name))
		f.Close()
		if err != nil {
			return nil, err
		}
		perFile = append(perFile, recs)
	}
	return slices.Concat(perFile...), nil
}
